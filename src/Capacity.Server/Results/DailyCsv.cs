using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using CsvHelper;

namespace Capacity.Server.Results;

/// <summary>
/// A <c>daily_*.csv</c> or <c>events.csv</c> of a completed run, opened for queries by day: the header, and the byte range
/// of every day's rows (the files are written in day order, one line per row). A stock board for one day of the national
/// hospital table (133k rows in a year) then reads only that day's 365 rows. Indexes are cached per file version.
/// </summary>
internal sealed class DailyCsv
{
    private static readonly ConcurrentDictionary<string, (long Length, DateTime Written, DailyCsv Csv)> Cache = new(StringComparer.Ordinal);
    private static readonly CsvReaderOptions Format = CsvReaderOptions.Default with { FormatProvider = CultureInfo.InvariantCulture, HasHeader = false };
    private readonly Dictionary<int, (long Start, long End)> _days;

    private DailyCsv(string path, string[] columns, Dictionary<int, (long Start, long End)> days)
    {
        Path = path;
        Columns = columns;
        _days = days;
        Index = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        FirstDay = days.Count == 0 ? 0 : days.Keys.Min();
        LastDay = days.Count == 0 ? -1 : days.Keys.Max();
    }

    public string Path { get; }

    public string[] Columns { get; }

    /// <summary>Column positions by name.</summary>
    public IReadOnlyDictionary<string, int> Index { get; }

    public int FirstDay { get; }

    /// <summary>Last day with rows (−1 for a file without rows).</summary>
    public int LastDay { get; }

    /// <summary>Opens (or takes from the cache) the file; null when the run has no such file.</summary>
    public static DailyCsv? Open(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return null;
        }

        if (Cache.TryGetValue(path, out var cached) && cached.Length == info.Length && cached.Written == info.LastWriteTimeUtc)
        {
            return cached.Csv;
        }

        var csv = Build(path);
        Cache[path] = (info.Length, info.LastWriteTimeUtc, csv);
        return csv;
    }

    /// <summary>The rows of days <paramref name="from"/>..<paramref name="to"/> (inclusive), in file order.</summary>
    public IEnumerable<string[]> Rows(int from, int to)
    {
        from = Math.Max(from, FirstDay);
        to = Math.Min(to, LastDay);
        var start = long.MaxValue;
        var end = long.MinValue;
        for (var day = from; day <= to; day++)
        {
            if (_days.TryGetValue(day, out var range))
            {
                start = Math.Min(start, range.Start);
                end = Math.Max(end, range.End);
            }
        }

        if (start >= end)
        {
            yield break;
        }

        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        stream.Seek(start, SeekOrigin.Begin);
        using var csv = CsvReader.Create(new BoundedStream(stream, end - start), Format, leaveOpen: false);
        while (csv.Read())
        {
            yield return Fields(csv);
        }
    }

    /// <summary>The rows of one day.</summary>
    public IEnumerable<string[]> Day(int day) => Rows(day, day);

    private static DailyCsv Build(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var header = ReadLine(stream, out _) ?? "";
        string[] columns;
        using (var csv = CsvReader.FromText(header, Format))
        {
            columns = csv.Read() ? Fields(csv) : [];
        }

        var days = new Dictionary<int, (long Start, long End)>();
        while (true)
        {
            var start = stream.Position;
            var line = ReadLine(stream, out var atEnd);
            if (line is null)
            {
                break;
            }

            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (int.TryParse(comma < 0 ? line : line[..comma], NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            {
                days[day] = days.TryGetValue(day, out var range) ? (range.Start, stream.Position) : (start, stream.Position);
            }

            if (atEnd)
            {
                break;
            }
        }

        return new DailyCsv(path, columns, days);
    }

    private static string[] Fields(CsvReader csv)
    {
        var fields = new string[csv.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = csv.GetString(i);
        }

        return fields;
    }

    /// <summary>Reads one line (without its <c>\n</c>); null at the end of the file.</summary>
    private static string? ReadLine(Stream stream, out bool atEnd)
    {
        var bytes = new List<byte>(512);
        int b;
        while ((b = stream.ReadByte()) >= 0 && b != '\n')
        {
            bytes.Add((byte)b);
        }

        atEnd = b < 0;
        return bytes.Count == 0 && atEnd ? null : Encoding.UTF8.GetString([.. bytes]).TrimEnd('\r');
    }
}
