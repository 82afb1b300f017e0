namespace Capacity.Results.Plots;

/// <summary>
/// Keeps the cells of one daily table that charts need, row by row, as <see cref="Tables.TableWriter"/> writes them
/// (numbers as written, before CSV rounding; dates as <c>yyyy-MM-dd</c> text). Columns the filter rejects are dropped.
/// </summary>
internal sealed class SeriesCapture
{
    private readonly int[] _slot;
    private readonly System.Collections.Immutable.ImmutableArray<string> _kept;
    private readonly List<double?[]> _numbers = [];
    private readonly List<string?[]> _texts = [];
    private double?[] _rowNumbers;
    private string?[] _rowTexts;

    public SeriesCapture(IReadOnlyList<string> columns, Func<string, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(keep);
        _slot = new int[columns.Count];
        var kept = new List<string>();
        for (var c = 0; c < columns.Count; c++)
        {
            _slot[c] = keep(columns[c]) ? kept.Count : -1;
            if (_slot[c] >= 0)
            {
                kept.Add(columns[c]);
            }
        }

        _kept = [.. kept];
        _rowNumbers = new double?[_kept.Length];
        _rowTexts = new string?[_kept.Length];
    }

    public void Number(int column, double? value)
    {
        if (_slot[column] >= 0)
        {
            _rowNumbers[_slot[column]] = value;
        }
    }

    public void Text(int column, string? value)
    {
        if (_slot[column] >= 0)
        {
            _rowTexts[_slot[column]] = value;
        }
    }

    public void EndRow()
    {
        _numbers.Add(_rowNumbers);
        _texts.Add(_rowTexts);
        _rowNumbers = new double?[_kept.Length];
        _rowTexts = new string?[_kept.Length];
    }

    public SeriesTable ToTable() => new(_kept, _numbers, _texts);
}
