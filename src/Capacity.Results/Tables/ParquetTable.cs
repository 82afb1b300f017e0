using Parquet;
using Parquet.Schema;

namespace Capacity.Results.Tables;

/// <summary>
/// Buffers a table column by column in typed arrays and writes it as one Parquet file at the end of the run.
/// The file depends only on the rows: fixed row-group size, fixed compression, no timestamps (the only
/// footer text is the library's "created by" string, fixed by the pinned package version).
/// </summary>
internal sealed class ParquetTable
{
    /// <summary>Rows per row group: a national run has about 125,000 hospital rows, so two or three groups.</summary>
    public const int RowGroupRows = 50_000;

    private readonly TableLayout _layout;
    private readonly DataField[] _fields;
    private readonly ColumnBuffer<int>?[] _ints;
    private readonly ColumnBuffer<long>?[] _longs;
    private readonly ColumnBuffer<DateOnly>?[] _dates;
    private readonly ColumnBuffer<string?>?[] _texts;
    private readonly ColumnBuffer<double?>?[] _ratios;
    private readonly ColumnBuffer<double>?[] _quantities;

    public ParquetTable(TableLayout layout, int expectedRows)
    {
        _layout = layout;
        var count = layout.Columns.Length;
        _fields = new DataField[count];
        _ints = new ColumnBuffer<int>?[count];
        _longs = new ColumnBuffer<long>?[count];
        _dates = new ColumnBuffer<DateOnly>?[count];
        _texts = new ColumnBuffer<string?>?[count];
        _ratios = new ColumnBuffer<double?>?[count];
        _quantities = new ColumnBuffer<double>?[count];
        for (var i = 0; i < count; i++)
        {
            var column = layout.Columns[i];
            switch (column.Kind)
            {
                case ColumnKind.Int32:
                    _fields[i] = new DataField<int>(column.Name, nullable: false);
                    _ints[i] = new ColumnBuffer<int>(expectedRows);
                    break;
                case ColumnKind.Int64:
                    _fields[i] = new DataField<long>(column.Name, nullable: false);
                    _longs[i] = new ColumnBuffer<long>(expectedRows);
                    break;
                case ColumnKind.Date:
                    _fields[i] = new DataField<DateOnly>(column.Name, nullable: false);
                    _dates[i] = new ColumnBuffer<DateOnly>(expectedRows);
                    break;
                case ColumnKind.Text:
                    _fields[i] = new DataField<string>(column.Name, nullable: column.Optional);
                    _texts[i] = new ColumnBuffer<string?>(expectedRows);
                    break;
                case ColumnKind.Ratio:
                    _fields[i] = new DataField<double>(column.Name, nullable: true);
                    _ratios[i] = new ColumnBuffer<double?>(expectedRows);
                    break;
                case ColumnKind.Quantity:
                    _fields[i] = new DataField<double>(column.Name, nullable: false);
                    _quantities[i] = new ColumnBuffer<double>(expectedRows);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown column kind {column.Kind}.");
            }
        }
    }

    public int Rows { get; private set; }

    public void Add(int column, int value) => _ints[column]!.Add(value);

    public void Add(int column, long value) => _longs[column]!.Add(value);

    public void Add(int column, DateOnly value) => _dates[column]!.Add(value);

    public void Add(int column, string? value) => _texts[column]!.Add(value);

    public void Add(int column, double? value) => _ratios[column]!.Add(value);

    public void Add(int column, double value) => _quantities[column]!.Add(value);

    public void EndRow() => Rows++;

    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true);
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(_fields), file, options, cancellationToken: cancellationToken))
        {
            for (var start = 0; start < Rows; start += RowGroupRows)
            {
                var length = Math.Min(RowGroupRows, Rows - start);
                using var group = writer.CreateRowGroup();
                for (var i = 0; i < _fields.Length; i++)
                {
                    await WriteColumnAsync(group, i, start, length, cancellationToken);
                }
            }
        }

        await file.FlushAsync(cancellationToken);
    }

    private async Task WriteColumnAsync(ParquetRowGroupWriter group, int i, int start, int length, CancellationToken cancellationToken)
    {
        var field = _fields[i];
        switch (_layout.Columns[i].Kind)
        {
            case ColumnKind.Int32:
                await group.WriteAsync(field, _ints[i]!.Slice(start, length), cancellationToken: cancellationToken);
                break;
            case ColumnKind.Int64:
                await group.WriteAsync(field, _longs[i]!.Slice(start, length), cancellationToken: cancellationToken);
                break;
            case ColumnKind.Date:
                await group.WriteAsync(field, _dates[i]!.Slice(start, length), cancellationToken: cancellationToken);
                break;
            case ColumnKind.Text:
                // The string overload takes no token; null entries are written as Parquet nulls.
                await group.WriteAsync(field, (IReadOnlyCollection<string>)_texts[i]!.Segment(start, length));
                break;
            case ColumnKind.Ratio:
                await group.WriteAsync(field, _ratios[i]!.Slice(start, length), cancellationToken: cancellationToken);
                break;
            case ColumnKind.Quantity:
                await group.WriteAsync(field, _quantities[i]!.Slice(start, length), cancellationToken: cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"Unknown column kind {_layout.Columns[i].Kind}.");
        }
    }
}
