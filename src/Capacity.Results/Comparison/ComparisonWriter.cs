using System.Globalization;
using Capacity.Results.Reading;

namespace Capacity.Results.Comparison;

/// <summary>Renders a <see cref="ComparisonTable"/> as <c>compare.md</c> and <c>compare.csv</c>.</summary>
public static class ComparisonWriter
{
    /// <summary>CSV: <c>kpi</c>, then per run <c>&lt;run&gt;</c>, and for every run after the first <c>&lt;run&gt;_delta</c>, <c>&lt;run&gt;_delta_pct</c>.</summary>
    public static string Csv(ComparisonTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var header = new List<string> { "kpi" };
        header.AddRange(table.Runs.Select(CsvText.Cell));
        header.AddRange(table.Runs.Skip(1).SelectMany(r => new[] { CsvText.Cell(r + "_delta"), CsvText.Cell(r + "_delta_pct") }));
        var lines = new List<string> { string.Join(',', header) };
        foreach (var row in table.Rows)
        {
            var cells = new List<string> { row.Kpi };
            cells.AddRange(row.Values.Select(CsvText.Number));
            for (var i = 1; i < table.Runs.Length; i++)
            {
                cells.Add(CsvText.Number(row.Deltas[i]));
                cells.Add(CsvText.Number(row.RelativeDeltas[i] * 100));
            }

            lines.Add(string.Join(',', cells));
        }

        return CsvText.Lines(lines);
    }

    /// <summary>Markdown: one column per run, each after the first showing <c>value (Δ +x, +y.yy%)</c>.</summary>
    public static string Markdown(ComparisonTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var lines = new List<string>
        {
            "# Run comparison",
            "",
            "Deltas are against the first run: absolute, and relative to its value.",
            "",
            "| KPI | " + string.Join(" | ", table.Runs) + " |",
            "|---|" + string.Concat(table.Runs.Select(_ => "---:|")),
        };
        foreach (var row in table.Rows)
        {
            var cells = new List<string> { row.Kpi, Show(row.Values[0]) };
            for (var i = 1; i < table.Runs.Length; i++)
            {
                var pct = row.RelativeDeltas[i] is { } r ? ", " + (r * 100).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + "%" : "";
                cells.Add(row.Deltas[i] is { } d ? $"{Show(row.Values[i])} (Δ {d.ToString("+0.####;-0.####;0", CultureInfo.InvariantCulture)}{pct})" : Show(row.Values[i]));
            }

            lines.Add("| " + string.Join(" | ", cells) + " |");
        }

        return CsvText.Lines(lines);
    }

    /// <summary>Writes <paramref name="markdownPath"/> and the CSV next to it (same name, <c>.csv</c>); returns both paths.</summary>
    public static async Task<(string Markdown, string Csv)> WriteAsync(ComparisonTable table, string markdownPath, CancellationToken cancellationToken = default)
    {
        var md = Path.GetFullPath(markdownPath);
        var csv = Path.ChangeExtension(md, ".csv");
        await CsvText.WriteAtomicallyAsync(md, Markdown(table), cancellationToken);
        await CsvText.WriteAtomicallyAsync(csv, Csv(table), cancellationToken);
        return (md, csv);
    }

    private static string Show(double? value) => value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "—";
}
