using System.Collections.Immutable;
using System.Globalization;

namespace Capacity.Results.Plots;

/// <summary>
/// A daily table held by column name for charting: each cell a number, a text or empty. Filled while a run records
/// (<see cref="SeriesCapture"/>) or read back from a written CSV (<see cref="FromCsv"/>), so a chart can ask whether a
/// column exists (oxygen) instead of assuming it.
/// </summary>
internal sealed class SeriesTable
{
    private readonly ImmutableDictionary<string, int> _index;
    private readonly IReadOnlyList<double?[]> _numbers;
    private readonly IReadOnlyList<string?[]> _texts;

    public SeriesTable(ImmutableArray<string> columns, IReadOnlyList<double?[]> numbers, IReadOnlyList<string?[]> texts)
    {
        Columns = columns;
        _index = columns.Select((c, i) => (c, i)).ToImmutableDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        _numbers = numbers;
        _texts = texts;
    }

    /// <summary>Column names in table order.</summary>
    public ImmutableArray<string> Columns { get; }

    public int Rows => _numbers.Count;

    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>The column's numbers, one per row (null for an empty or non-numeric cell).</summary>
    public ImmutableArray<double?> Numbers(string column)
    {
        var c = Index(column);
        return [.. _numbers.Select(r => r[c])];
    }

    /// <summary>The sum of two columns per row; null where either is null.</summary>
    public ImmutableArray<double?> Sum(string first, string second) =>
        [.. Numbers(first).Zip(Numbers(second), (a, b) => a + b)];

    /// <summary>The column's texts, one per row.</summary>
    public ImmutableArray<string?> Texts(string column)
    {
        var c = Index(column);
        return [.. _texts.Select(r => r[c])];
    }

    /// <summary>The rows whose <paramref name="column"/> text equals <paramref name="value"/>, in order.</summary>
    public SeriesTable Where(string column, string value)
    {
        var c = Index(column);
        var keep = Enumerable.Range(0, Rows).Where(r => string.Equals(_texts[r][c], value, StringComparison.Ordinal)).ToArray();
        return new SeriesTable(Columns, [.. keep.Select(r => _numbers[r])], [.. keep.Select(r => _texts[r])]);
    }

    /// <summary>The first row's date (column <c>date</c>, <c>yyyy-MM-dd</c>), or null when there is none.</summary>
    public DateOnly? FirstDate() =>
        Has("date") && Rows > 0 && DateOnly.TryParseExact(_texts[0][Index("date")], TextFormat.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    /// <summary>
    /// Reads a header-first CSV written by this project: no quoted cells (the daily and band tables have none), a cell
    /// is a number when it parses as one in the invariant culture, empty cells are null.
    /// </summary>
    public static SeriesTable FromCsv(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Where(l => l.Length > 0).ToArray();
        if (lines.Length == 0)
        {
            throw new FormatException("The CSV has no header.");
        }

        var header = lines[0].Split(',');
        var numbers = new List<double?[]>(lines.Length - 1);
        var texts = new List<string?[]>(lines.Length - 1);
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            if (cells.Length != header.Length)
            {
                throw new FormatException($"A row has {cells.Length} cells; the header has {header.Length}.");
            }

            numbers.Add([.. cells.Select(c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null)]);
            texts.Add([.. cells.Select(c => c.Length == 0 ? null : c)]);
        }

        return new SeriesTable([.. header], numbers, texts);
    }

    private int Index(string column) =>
        _index.TryGetValue(column, out var c) ? c : throw new KeyNotFoundException($"The table has no column '{column}'.");
}
