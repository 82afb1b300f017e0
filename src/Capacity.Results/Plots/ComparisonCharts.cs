using System.Collections.Immutable;

namespace Capacity.Results.Plots;

/// <summary>
/// Difference charts of <c>capacity compare</c>: per day, run B − run A of the main national series (census, COVID beds,
/// turned away), one chart per run after the first, from the runs' <c>daily_national.csv</c>.
/// </summary>
internal static class ComparisonCharts
{
    private static readonly (string Label, string[] Columns, LineStyle Style, int Colour)[] Series =
    [
        ("ward census", ["census_ward"], LineStyle.Solid, 0),
        ("COVID ward beds", ["covid_ward_beds"], LineStyle.Dashed, 0),
        ("ICU census", ["census_icu"], LineStyle.Solid, 1),
        ("COVID ICU beds", ["covid_icu_beds"], LineStyle.Dashed, 1),
        ("turned away per day, ward + ICU", ["turned_away_ward", "turned_away_icu"], LineStyle.Solid, 3),
    ];

    /// <summary>
    /// The chart of <paramref name="b"/> − <paramref name="a"/>, or null with the reason when the runs cannot be
    /// subtracted day by day (a column missing, or different start dates).
    /// </summary>
    public static (Chart? Chart, string? Reason) Difference(string fileStem, string runA, SeriesTable a, string runB, SeriesTable b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var missing = Series.SelectMany(s => s.Columns).Where(c => !a.Has(c) || !b.Has(c)).ToArray();
        if (missing.Length > 0)
        {
            return (null, $"daily_national.csv of {runA} or {runB} has no column {missing[0]}");
        }

        if (a.FirstDate() is not { } start || b.FirstDate() != start)
        {
            return (null, $"{runA} and {runB} do not start on the same date");
        }

        var days = Math.Min(a.Rows, b.Rows);
        if (days == 0)
        {
            return (null, $"{runA} or {runB} has no days");
        }

        var lines = Series.Select(s =>
        {
            var before = Total(a, s.Columns);
            var after = Total(b, s.Columns);
            return new ChartLine(s.Label, [.. Enumerable.Range(0, days).Select(d => after[d] - before[d])], s.Style, s.Colour);
        });
        return (new Chart(fileStem, $"{runB} − {runA}: national series, difference per day", "difference (patients / beds)", null, start, days, [.. lines], []), null);
    }

    private static ImmutableArray<double?> Total(SeriesTable table, string[] columns) =>
        columns.Length == 1 ? table.Numbers(columns[0]) : table.Sum(columns[0], columns[1]);
}
