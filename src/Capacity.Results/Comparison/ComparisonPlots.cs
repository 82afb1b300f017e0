using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Capacity.Results.Plots;

namespace Capacity.Results.Comparison;

/// <summary>
/// The difference charts of <c>capacity compare</c>: for every run after the first, run − first per day of the main
/// national series, as <c>&lt;stem&gt;_diff_&lt;run&gt;.png</c> and <c>.svg</c> next to the comparison's Markdown file.
/// </summary>
public static partial class ComparisonPlots
{
    /// <summary>
    /// Reads each run's <c>daily_national.csv</c> and writes the charts (each by temp file + move). Returns the written
    /// paths and, for each chart left out, why (a run without the CSV, different start dates).
    /// </summary>
    public static async Task<(ImmutableArray<string> Written, ImmutableArray<string> Skipped)> WriteAsync(
        IReadOnlyList<string> runDirectories, string markdownPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runDirectories);
        var md = Path.GetFullPath(markdownPath);
        var directory = Path.GetDirectoryName(md)!;
        var stem = Path.GetFileNameWithoutExtension(md);
        var names = runDirectories.Select(d => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(d)))).ToArray();
        var tables = new SeriesTable?[runDirectories.Count];
        for (var i = 0; i < tables.Length; i++)
        {
            var csv = Path.Combine(runDirectories[i], OutputFileNames.DailyNational + OutputFileNames.CsvExtension);
            tables[i] = File.Exists(csv) ? SeriesTable.FromCsv(await File.ReadAllTextAsync(csv, TextFormat.Utf8, cancellationToken)) : null;
        }

        var written = ImmutableArray.CreateBuilder<string>();
        var skipped = ImmutableArray.CreateBuilder<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < tables.Length; i++)
        {
            var fileStem = $"{stem}_diff_{Safe(names[i])}";
            if (!used.Add(fileStem))
            {
                fileStem += "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                used.Add(fileStem);
            }

            if (tables[0] is not { } a || tables[i] is not { } b)
            {
                skipped.Add($"{fileStem}: {names[tables[0] is null ? 0 : i]} has no daily_national.csv");
                continue;
            }

            var (chart, reason) = ComparisonCharts.Difference(fileStem, names[0], a, names[i], b);
            if (chart is null)
            {
                skipped.Add($"{fileStem}: {reason}");
                continue;
            }

            var (png, svg) = ChartRenderer.Render(chart);
            foreach (var (extension, bytes) in new[] { (".png", png), (".svg", svg) })
            {
                var path = Path.Combine(directory, fileStem + extension);
                await WriteAtomicallyAsync(path, bytes, cancellationToken);
                written.Add(path);
            }
        }

        return (written.ToImmutable(), skipped.ToImmutable());
    }

    private static string Safe(string name) => UnsafeCharacters().Replace(name, "_");

    private static async Task WriteAtomicallyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp-" + RandomNumberGenerator.GetHexString(8, lowercase: true);
        try
        {
            await File.WriteAllBytesAsync(temp, bytes, cancellationToken);
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex UnsafeCharacters();
}
