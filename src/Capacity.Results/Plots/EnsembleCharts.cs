using System.Collections.Immutable;
using System.Globalization;

namespace Capacity.Results.Plots;

/// <summary>
/// Band charts of an ensemble from its <c>bands_national.csv</c>: P5–P95 shaded, P50 as a line, for the national census
/// (with the COVID beds' P50, dashed) and for the patients turned away per day.
/// </summary>
internal static class EnsembleCharts
{
    public static ImmutableArray<Chart> For(string scenarioName, DateOnly start, int replicas, SeriesTable bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        if (bands.Rows == 0)
        {
            return [];
        }

        var n = replicas.ToString(CultureInfo.InvariantCulture);
        var charts = new List<Chart>();
        if (Has(bands, "census_ward", "census_icu", "covid_ward_beds", "covid_icu_beds"))
        {
            charts.Add(new Chart(
                "bands_census",
                $"{scenarioName} — national COVID census over {n} replicas (P5–P95 shaded, P50 line)",
                "patients in care / COVID beds",
                null,
                start,
                bands.Rows,
                [
                    Median(bands, "census_ward", "ward census P50", LineStyle.Solid, 0),
                    Median(bands, "covid_ward_beds", "COVID ward beds P50", LineStyle.Dashed, 0),
                    Median(bands, "census_icu", "ICU census P50", LineStyle.Solid, 1),
                    Median(bands, "covid_icu_beds", "COVID ICU beds P50", LineStyle.Dashed, 1),
                ],
                [Band(bands, "census_ward", "ward census P5–P95", 0), Band(bands, "census_icu", "ICU census P5–P95", 1)]));
        }

        if (Has(bands, "turned_away_ward", "turned_away_icu"))
        {
            charts.Add(new Chart(
                "bands_turned_away",
                $"{scenarioName} — turned away per day over {n} replicas (P5–P95 shaded, P50 line)",
                "turned away (patients per day)",
                null,
                start,
                bands.Rows,
                [
                    Median(bands, "turned_away_ward", "ward P50", LineStyle.Solid, 0),
                    Median(bands, "turned_away_icu", "ICU P50", LineStyle.Solid, 1),
                ],
                [Band(bands, "turned_away_ward", "ward P5–P95", 0), Band(bands, "turned_away_icu", "ICU P5–P95", 1)]));
        }

        return [.. charts];
    }

    private static bool Has(SeriesTable bands, params string[] columns) =>
        columns.All(c => bands.Has(c + "_p5") && bands.Has(c + "_p50") && bands.Has(c + "_p95"));

    private static ChartLine Median(SeriesTable bands, string column, string label, LineStyle style, int colour) =>
        new(label, bands.Numbers(column + "_p50"), style, colour);

    private static ChartBand Band(SeriesTable bands, string column, string label, int colour) =>
        new(label, bands.Numbers(column + "_p5"), bands.Numbers(column + "_p95"), colour);
}
