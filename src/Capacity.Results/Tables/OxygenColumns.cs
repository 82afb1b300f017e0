using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Oxygen;

namespace Capacity.Results.Tables;

/// <summary>
/// The oxygen columns, appended at the end of <c>daily_hospital</c> (<see cref="HospitalColumns"/>) and of <c>daily_ooad</c>
/// and <c>daily_national</c> (<see cref="RegionColumns"/>): always written, zero when oxygen is not modelled.
/// </summary>
internal static class OxygenColumns
{
    /// <summary>Per hospital.</summary>
    public static IEnumerable<Column> HospitalColumns { get; } =
    [
        .. Common,
        TableLayout.Int("o2_stock_out"),
        TableLayout.Int("admissions_capped_o2"),
        TableLayout.Long("o2_ordered_l"),
        TableLayout.Int("o2_patients_without"),
        TableLayout.Int("o2_excess_deaths"),
    ];

    /// <summary>Per OOAD and nationally: hospitals summed, then the plants.</summary>
    public static IEnumerable<Column> RegionColumns { get; } =
    [
        .. Common,
        TableLayout.Int("o2_stock_out"),
        TableLayout.Int("admissions_capped_o2"),
        TableLayout.Long("o2_ordered_l"),
        TableLayout.Int("o2_patients_without"),
        TableLayout.Int("o2_excess_deaths"),
        TableLayout.Int("o2_hospitals_stocked_out"),
        TableLayout.Long("o2_plant_capacity_l"),
        TableLayout.Long("o2_plant_shipped_l"),
        TableLayout.Long("o2_plant_backlog_l"),
        TableLayout.Long("o2_plant_in_transit_l"),
    ];

    private static IEnumerable<Column> Common =>
    [
        TableLayout.Long("o2_on_hand_l"),
        TableLayout.Long("o2_on_order_l"),
        TableLayout.Long("o2_received_l"),
        TableLayout.Long("o2_demand_l"),
        TableLayout.Long("o2_consumed_l"),
        TableLayout.Long("o2_shortfall_l"),
        TableLayout.Ratio("o2_days_of_supply"),
    ];

    /// <summary>One hospital's cells (zeros and an empty days-of-supply without oxygen).</summary>
    public static void WriteHospital(IRowSink row, OxygenLine? line)
    {
        WriteLine(row, line ?? Zero);
        row.Int(line is { StockOut: true } ? 1 : 0);
        row.Int(line?.AdmissionsCapped ?? 0);
        row.Long(line?.Ordered ?? 0);
        row.Int(line?.WithoutOxygen ?? 0);
        row.Int(line?.ExcessDeaths ?? 0);
    }

    /// <summary>A region's cells: its hospitals' lines summed, and its plants (one per OOAD; nationally all of them).</summary>
    public static void WriteRegion(IRowSink row, IEnumerable<HospitalDayReport> hospitals, IEnumerable<OxygenPlantReport> plants)
    {
        var lines = hospitals.Select(h => h.Oxygen).OfType<OxygenLine>().ToArray();
        var sum = lines.Aggregate(Zero, (a, b) => new OxygenLine(
            a.OnHand + b.OnHand, a.OnOrder + b.OnOrder, a.Received + b.Received, a.Demand + b.Demand, a.Consumed + b.Consumed,
            a.Shortfall + b.Shortfall, a.Ordered + b.Ordered, a.AdmissionsCapped + b.AdmissionsCapped,
            a.WithoutOxygen + b.WithoutOxygen, a.ExcessDeaths + b.ExcessDeaths));
        var stockedOut = lines.Count(l => l.StockOut);
        WriteLine(row, sum);
        row.Int(stockedOut > 0 ? 1 : 0);
        row.Int(sum.AdmissionsCapped);
        row.Long(sum.Ordered);
        row.Int(sum.WithoutOxygen);
        row.Int(sum.ExcessDeaths);
        row.Int(stockedOut);
        var own = plants.ToImmutableArray();
        row.Long(own.Sum(p => p.Capacity));
        row.Long(own.Sum(p => p.Shipped));
        row.Long(own.Sum(p => p.Backlog));
        row.Long(own.Sum(p => p.InTransit));
    }

    private static OxygenLine Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static void WriteLine(IRowSink row, OxygenLine line)
    {
        row.Long(line.OnHand);
        row.Long(line.OnOrder);
        row.Long(line.Received);
        row.Long(line.Demand);
        row.Long(line.Consumed);
        row.Long(line.Shortfall);
        row.Ratio(line.DaysOfSupply);
    }
}
