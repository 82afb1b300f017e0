using System.Globalization;
using Capacity.Results.Reading;
using Capacity.Results.Statistics;
using Capacity.Results.Tables;

namespace Capacity.Results.Ensembles;

/// <summary>
/// <c>bands_national.csv</c> (and <c>.parquet</c> when the scenario asks for Parquet): per day, P5/P50/P95 over the
/// replicas of every numeric column of <c>daily_national.csv</c> (a column is numeric when every non-empty cell of
/// every replica parses as a number; empty cells are left out).
/// </summary>
internal static class NationalBands
{
    public const string Stem = "bands_national";

    public const string FileName = Stem + OutputFileNames.CsvExtension;

    public const string ParquetName = Stem + OutputFileNames.ParquetExtension;

    /// <summary>The bands of the replicas' national tables.</summary>
    public static async Task<BandTable> ComputeAsync(IReadOnlyList<string> replicaDirectories, CancellationToken cancellationToken)
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
        var names = numeric.SelectMany(c => new[] { header[c] + "_p5", header[c] + "_p50", header[c] + "_p95" }).ToArray();
        var rows = new List<BandRow>(days);
        for (var d = 0; d < days; d++)
        {
            var values = new List<double?>(names.Length);
            foreach (var c in numeric)
            {
                var band = Band.Of(tables.Select(t => Parse(t.Rows[d][c])));
                values.Add(band.P5);
                values.Add(band.P50);
                values.Add(band.P95);
            }

            var first = tables[0].Rows[d];
            rows.Add(new BandRow(int.Parse(first[0], CultureInfo.InvariantCulture), DateOnly.ParseExact(first[1], "yyyy-MM-dd", CultureInfo.InvariantCulture), [.. values]));
        }

        return new BandTable(header[0], header[1], names, rows);
    }

    /// <summary>The CSV text: numbers round-trip (<c>R</c>), an undefined band is an empty cell.</summary>
    public static string Csv(BandTable table)
    {
        var lines = new List<string>(table.Rows.Count + 1) { string.Join(',', new[] { table.DayColumn, table.DateColumn }.Concat(table.Columns)) };
        lines.AddRange(table.Rows.Select(r => string.Join(',', new[] { TextFormat.Int(r.Day), TextFormat.Date(r.Date) }.Concat(r.Values.Select(CsvText.Number)))));
        return CsvText.Lines(lines);
    }

    /// <summary>The same table as Parquet: <c>day</c> INT32, <c>date</c> DATE, every band a nullable DOUBLE.</summary>
    public static async Task WriteParquetAsync(BandTable table, string path, CancellationToken cancellationToken)
    {
        var layout = new TableLayout(Stem, new[] { TableLayout.Int(table.DayColumn), TableLayout.Date(table.DateColumn) }.Concat(table.Columns.Select(TableLayout.Ratio)));
        var parquet = new ParquetTable(layout, table.Rows.Count);
        foreach (var row in table.Rows)
        {
            parquet.Add(0, row.Day);
            parquet.Add(1, row.Date);
            for (var i = 0; i < row.Values.Length; i++)
            {
                parquet.Add(i + 2, row.Values[i]);
            }

            parquet.EndRow();
        }

        await parquet.WriteAsync(path, cancellationToken);
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
