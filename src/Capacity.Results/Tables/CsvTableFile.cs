using System.Globalization;
using CsvHelper;

namespace Capacity.Results.Tables;

/// <summary>
/// A CSV file streamed row by row: header row, invariant culture, "\n" line endings, UTF-8 without BOM, every
/// record with the header's field count. Numbers are formatted straight into CsvHelper's UTF-8 buffer.
/// </summary>
internal sealed class CsvTableFile : IAsyncDisposable
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = TextFormat.NewLine,
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = false,
        ValidateFieldCount = true,
    };

    private readonly CsvWriter _csv;

    // The last date written, as UTF-8 text: every row of a day has the same date, so it is formatted once a day.
    private readonly byte[] _dateText = new byte[16];
    private int _dateLength;
    private DateOnly _date;
    private bool _closed;

    private CsvTableFile(CsvWriter csv)
    {
        _csv = csv;
    }

    public static CsvTableFile Create(string path, IEnumerable<string> header)
    {
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        var file = new CsvTableFile(CsvWriter.Create(stream, Options, leaveOpen: false));
        file._csv.WriteHeader([.. header]);
        return file;
    }

    public void Int(int value) => _csv.WriteField(value, default);

    public void Long(long value) => _csv.WriteField(value, default);

    public void Date(DateOnly value)
    {
        if (_dateLength == 0 || value != _date)
        {
            if (!value.TryFormat(_dateText, out _dateLength, TextFormat.DateFormat, CultureInfo.InvariantCulture))
            {
                throw new FormatException($"Date {value} does not fit {_dateText.Length} bytes.");
            }

            _date = value;
        }

        _csv.WriteField(_dateText.AsSpan(0, _dateLength));
    }

    /// <summary>Null is written as an empty field.</summary>
    public void Text(string? value) => _csv.WriteField(value);

    /// <summary>Four decimals; null is written as an empty field.</summary>
    public void Ratio(double? value) => _csv.WriteField(value, TextFormat.RatioFormat);

    /// <summary>One decimal.</summary>
    public void Quantity(double value) => _csv.WriteField(value, TextFormat.QuantityFormat);

    public void EndRow() => _csv.EndRecord();

    /// <summary>Flushes and closes the file (idempotent).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        await _csv.DisposeAsync();
    }
}
