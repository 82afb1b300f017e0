using System.Globalization;
using Capacity.Results.Reading;
using Capacity.Results.Statistics;

namespace Capacity.Results.Ensembles;

/// <summary>
/// <c>bands_national.csv</c>: per day, P5/P50/P95 over the replicas of every numeric column of <c>daily_national.csv</c>
/// (a column is numeric when every non-empty cell of every replica parses as a number; empty cells are left out).
/// </summary>
internal static class NationalBands
{
    public const string FileName = "bands_national.csv";

    public static async Task<string> RenderAsync(IReadOnlyList<string> replicaDirectories, CancellationToken cancellationToken)
    {
        var tables = new List<(string[] Header, List<string[]> Rows)>();
        foreach (var directory in replicaDirectories)
        {
            var path = Path.Combine(directory, OutputFileNames.DailyNational + OutputFileNames.CsvExtension);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{path} is missing: ensembles need csv in outputs.formats.");
            }

            tables.Add(await ReadAsync(path, cancellationToken));
        }

        var header = tables[0].Header;
        var days = tables[0].Rows.Count;
        if (tables.Any(t => !t.Header.SequenceEqual(header) || t.Rows.Count != days))
        {
            throw new InvalidOperationException("The replicas' daily_national.csv files differ in columns or days.");
        }

        var numeric = Enumerable.Range(2, header.Length - 2)
            .Where(c => tables.All(t => t.Rows.All(r => r[c].Length == 0 || Parse(r[c]) is not null)))
            .ToArray();
        var lines = new List<string>
        {
            string.Join(',', new[] { header[0], header[1] }.Concat(numeric.SelectMany(c => new[] { header[c] + "_p5", header[c] + "_p50", header[c] + "_p95" }))),
        };
        for (var d = 0; d < days; d++)
        {
            var cells = new List<string> { tables[0].Rows[d][0], tables[0].Rows[d][1] };
            foreach (var c in numeric)
            {
                var band = Band.Of(tables.Select(t => Parse(t.Rows[d][c])));
                cells.Add(CsvText.Number(band.P5));
                cells.Add(CsvText.Number(band.P50));
                cells.Add(CsvText.Number(band.P95));
            }

            lines.Add(string.Join(',', cells));
        }

        return CsvText.Lines(lines);
    }

    private static double? Parse(string cell) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    // The national table's cells are numbers, dates and item codes: none holds a comma or a quote.
    private static async Task<(string[] Header, List<string[]> Rows)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var lines = await File.ReadAllLinesAsync(path, TextFormat.Utf8, cancellationToken);
        if (lines.Length == 0)
        {
            throw new InvalidOperationException($"{path} is empty.");
        }

        return (lines[0].Split(','), lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList());
    }
}
