using Capacity.Results.Plots;

namespace Capacity.Results.Tables;

/// <summary>
/// Sends each row of one daily table to its CSV file and/or its Parquet buffer, and checks that the row
/// writer fills the columns in layout order with the right types.
/// </summary>
internal sealed class TableWriter : IRowSink, IAsyncDisposable
{
    private readonly TableLayout _layout;
    private readonly string _directory;
    private readonly CsvTableFile? _csv;
    private readonly ParquetTable? _parquet;
    private readonly SeriesCapture? _capture;
    private int _column;

    // The last date captured as text, reused while the date does not change (every row of a day has the same).
    private (DateOnly Date, string Text)? _capturedDate;

    private TableWriter(TableLayout layout, string directory, CsvTableFile? csv, ParquetTable? parquet, SeriesCapture? capture)
    {
        _layout = layout;
        _directory = directory;
        _csv = csv;
        _parquet = parquet;
        _capture = capture;
    }

    /// <summary>Opens the CSV file (when <paramref name="csv"/>) and a Parquet buffer (when <paramref name="parquet"/>).</summary>
    /// <param name="capture">Also receives every cell, for the run's charts; null when the run draws none.</param>
    public static TableWriter Open(TableLayout layout, string directory, bool csv, bool parquet, int expectedRows, SeriesCapture? capture = null)
    {
        var csvFile = csv
            ? CsvTableFile.Create(Path.Combine(directory, layout.FileStem + OutputFileNames.CsvExtension), layout.Columns.Select(c => c.Name))
            : null;
        var parquetTable = parquet ? new ParquetTable(layout, expectedRows) : null;
        return new TableWriter(layout, directory, csvFile, parquetTable, capture);
    }

    public void Int(int value)
    {
        var column = Next(ColumnKind.Int32);
        _csv?.Int(value);
        _parquet?.Add(column, value);
        _capture?.Number(column, value);
    }

    public void Long(long value)
    {
        var column = Next(ColumnKind.Int64);
        _csv?.Long(value);
        _parquet?.Add(column, value);
        _capture?.Number(column, value);
    }

    public void Date(DateOnly value)
    {
        var column = Next(ColumnKind.Date);
        _csv?.Date(value);
        _parquet?.Add(column, value);
        if (_capture is not null)
        {
            if (_capturedDate?.Date != value)
            {
                _capturedDate = (value, TextFormat.Date(value));
            }

            _capture.Text(column, _capturedDate.Value.Text);
        }
    }

    public void Text(string? value)
    {
        var column = Next(ColumnKind.Text);
        if (value is null && !_layout.Columns[column].Optional)
        {
            throw new ArgumentNullException(nameof(value), $"Column '{_layout.Columns[column].Name}' of {_layout.FileStem} needs a value.");
        }

        _csv?.Text(value);
        _parquet?.Add(column, value);
        _capture?.Text(column, value);
    }

    public void Ratio(double? value)
    {
        var column = Next(ColumnKind.Ratio);
        _csv?.Ratio(value);
        _parquet?.Add(column, value);
        _capture?.Number(column, value);
    }

    public void Quantity(double value)
    {
        var column = Next(ColumnKind.Quantity);
        _csv?.Quantity(value);
        _parquet?.Add(column, value);
        _capture?.Number(column, value);
    }

    public void EndRow()
    {
        if (_column != _layout.Columns.Length)
        {
            throw new InvalidOperationException(
                $"Row of {_layout.FileStem} ended after {_column} of {_layout.Columns.Length} columns.");
        }

        _column = 0;
        _csv?.EndRow();
        _parquet?.EndRow();
        _capture?.EndRow();
    }

    /// <summary>Closes the CSV file and writes the Parquet file.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_csv is not null)
        {
            await _csv.DisposeAsync();
        }

        if (_parquet is not null)
        {
            var path = Path.Combine(_directory, _layout.FileStem + OutputFileNames.ParquetExtension);
            await _parquet.WriteAsync(path, cancellationToken);
        }
    }

    /// <summary>Releases the CSV file handle of an abandoned run (idempotent).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_csv is not null)
        {
            await _csv.DisposeAsync();
        }
    }

    private int Next(ColumnKind kind)
    {
        if (_column >= _layout.Columns.Length || _layout.Columns[_column].Kind != kind)
        {
            var expected = _column < _layout.Columns.Length ? _layout.Columns[_column].ToString() : "end of row";
            throw new InvalidOperationException($"{_layout.FileStem}: got a {kind} cell, expected {expected}.");
        }

        return _column++;
    }
}
