using System.Collections.Immutable;
using System.Globalization;
using Capacity.Domain.Care;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Supply;

/// <summary>Consumption of one item at a hospital and the stock-out timeline shared by all nodes.</summary>
public static class StockKeeping
{
    /// <summary>The day's use of an item.</summary>
    public readonly record struct Use(ItemStock Next, long Demand, long Consumed, long Shortfall);

    /// <summary>
    /// Demand = patient-days × burn rate + admissions × per-admission use, plus yesterday's fractional carry,
    /// rounded down to whole units (the remainder carries over, so rates are exact over a run). What the
    /// shelf cannot cover is a shortfall: staff work without it, and the next stock is <see cref="ItemStock.Short"/>. <paramref name="staffUse"/> is the day's use by the ERC
    /// teams on duty (<see cref="ReferenceUse.StaffUse"/>; 0 by default).
    /// </summary>
    public static Use Consume(ItemStock stock, ItemSettings item, LevelCounts census, int admissions, int window, double staffUse = 0)
    {
        var exact = stock.Carry
            + census.Ward * item.WardPerPatientDay
            + census.Icu * item.IcuPerPatientDay
            + admissions * item.PerAdmission;
        if (staffUse != 0)
        {
            exact += staffUse;
        }

        var demand = (long)Math.Floor(exact + 1e-9);
        var carry = Math.Max(0, exact - demand);
        var consumed = Math.Min(demand, stock.OnHand);
        var history = DemandHistory.Push(stock.RecentDemand, demand, window);
        var isShort = demand > consumed;
        // An idle day (nothing used, nothing carried, the same history) keeps the same stock and history array: most
        // hospitals have no COVID patient on most days, and this runs for every item of every hospital.
        var next = consumed == 0 && carry == stock.Carry && isShort == stock.Short && history == stock.RecentDemand
            ? stock
            : new ItemStock(stock.OnHand - consumed, stock.OnOrder, carry, history, isShort);
        return new Use(next, demand, consumed, demand - consumed);
    }

    /// <summary>Adds a start or end event when a node's stock-out state changes.</summary>
    public static void StockOutEvent(int day, string nodeId, SupplyItem item, bool wasShort, bool isShort, long unmet, ImmutableArray<SimEvent>.Builder events)
    {
        if (wasShort == isShort)
        {
            return;
        }

        var kind = isShort ? EventKind.StockOutStarted : EventKind.StockOutEnded;
        var detail = isShort ? string.Create(CultureInfo.InvariantCulture, $"unmet {unmet}") : "demand met";
        events.Add(new SimEvent(day, nodeId, kind, SupplyItems.Code(item), detail));
    }
}
