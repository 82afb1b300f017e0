using System.Collections.Frozen;
using System.Collections.Immutable;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;

namespace Capacity.Results.Plots;

/// <summary>
/// The charts of one run, from its OOAD and national rows (docs/outputs.md, <c>plots/</c>): national census against
/// COVID beds, the same per OOAD, national stock and days of supply per PPE item, and oxygen when the scenario models
/// it. A chart whose columns are missing is left out, never drawn from made-up data.
/// </summary>
internal static class RunCharts
{
    /// <summary>The oxygen chart's litre columns (docs/outputs.md) and their legend labels.</summary>
    private static readonly (string Column, string Label)[] OxygenLitres =
    [
        ("o2_demand_l", "demand"),
        ("o2_consumed_l", "consumed"),
        ("o2_on_hand_l", "hospitals on hand"),
        ("o2_plant_capacity_l", "plant capacity"),
    ];

    private const string OxygenDays = "o2_days_of_supply";

    /// <summary>The <c>daily_ooad</c> columns the per-OOAD charts read (the capture keeps no others).</summary>
    public static FrozenSet<string> OoadColumns { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "ooad", "hospitals", "covid_ward_beds", "covid_icu_beds", "census_ward", "census_icu", "turned_away_ward", "turned_away_icu");

    /// <summary>Days-of-supply axes stop at 120 days (four months): beyond that the figure only says "plenty".</summary>
    public const double DaysOfSupplyCap = 120;

    private static readonly string[] CensusColumns = ["covid_ward_beds", "covid_icu_beds", "census_ward", "census_icu", "turned_away_ward", "turned_away_icu"];

    public static ImmutableArray<Chart> For(Scenario scenario, SeriesTable ooads, SeriesTable national)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(ooads);
        ArgumentNullException.ThrowIfNull(national);
        if (scenario.Days <= 0)
        {
            return [];
        }

        var charts = new List<Chart>();
        if (Census(national, scenario.Start, "national_census", $"{scenario.Name} — national COVID census vs COVID beds") is { } nationally)
        {
            charts.Add(nationally);
        }

        if (ooads.Has("ooad") && ooads.Has("hospitals"))
        {
            foreach (var ooad in scenario.Network.Ooads.OrderBy(o => o.Code, StringComparer.Ordinal))
            {
                var rows = ooads.Where("ooad", ooad.Code);
                if (rows.Rows > 0 && rows.Numbers("hospitals").Any(h => h > 0)
                    && Census(rows, scenario.Start, "ooad/census_" + ooad.Code, $"{scenario.Name} — OOAD {ooad.Code} ({ooad.Name}): COVID census vs COVID beds") is { } chart)
                {
                    charts.Add(chart);
                }
            }
        }

        foreach (var item in SupplyItems.All)
        {
            if (Stock(national, scenario, item) is { } stock)
            {
                charts.Add(stock);
            }
        }

        if (Oxygen(national, scenario) is { } oxygen)
        {
            charts.Add(oxygen);
        }

        return [.. charts];
    }

    /// <summary>Ward and ICU census against their COVID beds, and turned-away patients per day on the right axis.</summary>
    public static Chart? Census(SeriesTable table, DateOnly start, string fileStem, string title)
    {
        if (!CensusColumns.All(table.Has))
        {
            return null;
        }

        return new Chart(
            fileStem,
            title,
            "patients in care / COVID beds",
            "turned away (patients per day)",
            start,
            table.Rows,
            [
                new ChartLine("ward census", table.Numbers("census_ward"), LineStyle.Solid, 0),
                new ChartLine("COVID ward beds", table.Numbers("covid_ward_beds"), LineStyle.Dashed, 0),
                new ChartLine("ICU census", table.Numbers("census_icu"), LineStyle.Solid, 1),
                new ChartLine("COVID ICU beds", table.Numbers("covid_icu_beds"), LineStyle.Dashed, 1),
                new ChartLine("turned away per day, ward + ICU (right axis)", table.Sum("turned_away_ward", "turned_away_icu"), LineStyle.RightAxis, 3),
            ],
            []);
    }

    private static Chart? Stock(SeriesTable national, Scenario scenario, SupplyItem item)
    {
        var code = SupplyItems.Code(item);
        string[] columns = ["warehouse_on_hand_" + code, "hospital_on_hand_" + code, "hospital_days_of_supply_" + code];
        if (!columns.All(national.Has))
        {
            return null;
        }

        return new Chart(
            "stock_" + code,
            $"{scenario.Name} — {ItemName(item)}: national stock and hospital days of supply",
            $"on hand (units: {ItemUnit(item)})",
            "hospital days of supply (days)",
            scenario.Start,
            national.Rows,
            [
                new ChartLine("warehouses on hand (central, OOAD, UMAE)", national.Numbers(columns[0]), LineStyle.Solid, 0),
                new ChartLine("hospitals on hand", national.Numbers(columns[1]), LineStyle.Solid, 2),
                new ChartLine("hospital days of supply (right axis)", national.Numbers(columns[2]), LineStyle.RightAxis, 3),
            ],
            [],
            DaysOfSupplyCap);
    }

    /// <summary>
    /// The national oxygen balance in millions of litres of gas (demand, consumed, on hand in hospitals, plant capacity) and
    /// hospital days of supply on the right axis; only when the scenario models oxygen (the o2 columns are zeros otherwise).
    /// </summary>
    private static Chart? Oxygen(SeriesTable national, Scenario scenario)
    {
        if (scenario.Oxygen is not { Enabled: true } || !OxygenLitres.Select(c => c.Column).Append(OxygenDays).All(national.Columns.Contains))
        {
            return null;
        }

        var lines = OxygenLitres
            .Select((c, i) => new ChartLine(c.Label, [.. national.Numbers(c.Column).Select(v => v / 1e6)], LineStyle.Solid, i))
            .Append(new ChartLine("hospital days of supply (right axis)", national.Numbers(OxygenDays), LineStyle.RightAxis, OxygenLitres.Length));
        return new Chart(
            "oxygen",
            $"{scenario.Name} — national oxygen",
            "million litres of gas per day (on hand: at the end of the day)",
            "days",
            scenario.Start,
            national.Rows,
            [.. lines],
            [],
            DaysOfSupplyCap);
    }

    private static string ItemName(SupplyItem item) => item switch
    {
        SupplyItem.SurgicalMask => "surgical masks",
        SupplyItem.N95Respirator => "N95 respirators",
        SupplyItem.GlovePair => "gloves",
        SupplyItem.Gown => "gowns",
        SupplyItem.Goggles => "goggles",
        SupplyItem.FaceShield => "face shields",
        _ => SupplyItems.Code(item),
    };

    private static string ItemUnit(SupplyItem item) => item switch
    {
        SupplyItem.GlovePair => "pairs",
        SupplyItem.SurgicalMask or SupplyItem.N95Respirator => "masks",
        _ => "pieces",
    };
}
