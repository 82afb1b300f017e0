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
    /// <remarks>
    /// Plain loops into locals: 13,140 region rows a national year, each summing up to 365 hospitals, so one
    /// <see cref="OxygenLine"/> per row for the sum (it computes the days of supply), not one per hospital.
    /// </remarks>
    public static void WriteRegion(IRowSink row, IEnumerable<HospitalDayReport> hospitals, IEnumerable<OxygenPlantReport> plants)
    {
        long onHand = 0, onOrder = 0, received = 0, demand = 0, consumed = 0, shortfall = 0, ordered = 0;
        int admissionsCapped = 0, withoutOxygen = 0, excessDeaths = 0, stockedOut = 0;
        foreach (var hospital in hospitals)
        {
            if (hospital.Oxygen is not { } line)
            {
                continue;
            }

            onHand += line.OnHand;
            onOrder += line.OnOrder;
            received += line.Received;
            demand += line.Demand;
            consumed += line.Consumed;
            shortfall += line.Shortfall;
            ordered += line.Ordered;
            admissionsCapped += line.AdmissionsCapped;
            withoutOxygen += line.WithoutOxygen;
            excessDeaths += line.ExcessDeaths;
            stockedOut += line.StockOut ? 1 : 0;
        }

        long capacity = 0, shipped = 0, backlog = 0, inTransit = 0;
        foreach (var plant in plants)
        {
            capacity += plant.Capacity;
            shipped += plant.Shipped;
            backlog += plant.Backlog;
            inTransit += plant.InTransit;
        }

        WriteLine(row, new OxygenLine(
            onHand, onOrder, received, demand, consumed, shortfall, ordered, admissionsCapped, withoutOxygen, excessDeaths));
        row.Int(stockedOut > 0 ? 1 : 0);
        row.Int(admissionsCapped);
        row.Long(ordered);
        row.Int(withoutOxygen);
        row.Int(excessDeaths);
        row.Int(stockedOut);
        row.Long(capacity);
        row.Long(shipped);
        row.Long(backlog);
        row.Long(inTransit);
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
