using System.Globalization;
using System.Text;

namespace Capacity.Results.Reading;

/// <summary>Writing helpers for the small CSV and Markdown files of ensembles, sweeps and comparisons.</summary>
internal static class CsvText
{
    /// <summary>Shortest round-trip text of a number, invariant culture; empty for null.</summary>
    public static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>A CSV cell, quoted when it holds a comma, quote or line break.</summary>
    public static string Cell(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>Lines joined with <c>\n</c>, ending with one.</summary>
    public static string Lines(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append(TextFormat.NewLine);
        }

        return text.ToString();
    }

    /// <summary>Writes UTF-8 text without BOM to a temp file next to <paramref name="path"/>, then moves it over <paramref name="path"/>.</summary>
    public static async Task WriteAtomicallyAsync(string path, string content, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp-" + System.Security.Cryptography.RandomNumberGenerator.GetHexString(8, lowercase: true);
        try
        {
            await File.WriteAllTextAsync(temp, content, TextFormat.Utf8, cancellationToken);
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
