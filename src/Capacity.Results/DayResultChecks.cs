using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;

namespace Capacity.Results;

/// <summary>
/// The contract a <see cref="DayResult"/> must meet before it is written: next day, right date, canonical order,
/// one stock line per item. Checked before any byte is written, so a rejected day leaves the files untouched.
/// </summary>
internal static class DayResultChecks
{
    public static void Validate(DayResult day, int expectedDay, Scenario scenario)
    {
        if (day.Day != expectedDay)
        {
            throw new ArgumentException($"Expected day {expectedDay}, got day {day.Day}; days must be recorded in order from 0.", nameof(day));
        }

        if (day.Day >= scenario.Days)
        {
            throw new ArgumentException($"Day {day.Day} is past the scenario's {scenario.Days} days.", nameof(day));
        }

        if (day.Date != scenario.DateOf(day.Day))
        {
            throw new ArgumentException($"Day {day.Day} is dated {TextFormat.Date(day.Date)}, the scenario says {TextFormat.Date(scenario.DateOf(day.Day))}.", nameof(day));
        }

        RequireOrdered(day.Hospitals.Select(h => h.HospitalId), "hospital");
        RequireOrdered(day.Warehouses.Select(w => w.WarehouseId), "warehouse");
        var hospitals = scenario.Network.Hospitals.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var h in day.Hospitals)
        {
            if (!hospitals.Contains(h.HospitalId))
            {
                throw new ArgumentException($"Hospital '{h.HospitalId}' is not in the scenario's network.", nameof(day));
            }

            RequireDay(day, h.Day, h.HospitalId);
            RequireItems(h.Stock.Select(s => s.Item), h.HospitalId);
        }

        var warehouses = scenario.Network.Warehouses.Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var w in day.Warehouses)
        {
            if (!warehouses.Contains(w.WarehouseId))
            {
                throw new ArgumentException($"Warehouse '{w.WarehouseId}' is not in the scenario's network.", nameof(day));
            }

            RequireDay(day, w.Day, w.WarehouseId);
            RequireItems(w.Stock.Select(s => s.Item), w.WarehouseId);
        }

        foreach (var e in day.Events)
        {
            RequireDay(day, e.Day, e.EntityId);
        }
    }

    private static void RequireOrdered(IEnumerable<string> ids, string what)
    {
        string? previous = null;
        foreach (var id in ids)
        {
            if (previous is not null && string.CompareOrdinal(previous, id) >= 0)
            {
                throw new ArgumentException($"{what} reports must be in ordinal id order without duplicates: '{previous}' then '{id}'.", "day");
            }

            previous = id;
        }
    }

    private static void RequireDay(DayResult day, int reportDay, string entity)
    {
        if (reportDay != day.Day)
        {
            throw new ArgumentException($"'{entity}' reports day {reportDay} inside the result of day {day.Day}.", nameof(day));
        }
    }

    private static void RequireItems(IEnumerable<SupplyItem> items, string entity)
    {
        if (!items.SequenceEqual(SupplyItems.All))
        {
            throw new ArgumentException($"'{entity}' must report one stock line per item, in item order.", "day");
        }
    }
}
