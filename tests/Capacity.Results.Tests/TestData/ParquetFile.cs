using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace Capacity.Results.Tests.TestData;

/// <summary>A whole Parquet file read back into boxed columns (fine for test-sized files).</summary>
internal sealed record ParquetFile(IReadOnlyList<DataField> Fields, IReadOnlyList<object?[]> Columns, int Rows)
{
    public object?[] Column(string name) => Columns[Fields.ToList().FindIndex(f => f.Name == name)];

    public static async Task<ParquetFile> ReadAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true });
        var fields = reader.Schema.DataFields;
        var columns = fields.Select(_ => new List<object?>()).ToArray();
        var rows = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = checked((int)group.RowCount);
            rows += count;
            for (var i = 0; i < fields.Length; i++)
            {
                columns[i].AddRange(await ReadColumnAsync(group, fields[i], count));
            }
        }

        return new ParquetFile(fields, [.. columns.Select(c => c.ToArray())], rows);
    }

    /// <summary>Row <paramref name="row"/> formatted the way the CSV writer formats cells.</summary>
    public string CsvLine(int row) => string.Join(",", Columns.Select((c, i) => Format(c[row], Fields[i])));

    // Nullable doubles are ratios (F4); non-null doubles are quantities such as ERC teams (F1).
    private static string Format(object? value, DataField field) => value switch
    {
        null => "",
        double d => d.ToString(field.IsNullable ? "F4" : "F1", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static async Task<object?[]> ReadColumnAsync(ParquetRowGroupReader group, DataField field, int count)
    {
        var name = field.ClrType.Name;
        if (field.ClrType == typeof(int))
        {
            var values = new int[count];
            await group.ReadAsync(field, values.AsMemory());
            return [.. values.Cast<object?>()];
        }

        if (field.ClrType == typeof(long))
        {
            var values = new long[count];
            await group.ReadAsync(field, values.AsMemory());
            return [.. values.Cast<object?>()];
        }

        if (field.ClrType == typeof(DateOnly))
        {
            var values = new DateOnly[count];
            await group.ReadAsync(field, values.AsMemory());
            return [.. values.Cast<object?>()];
        }

        if (field.ClrType == typeof(double) && !field.IsNullable)
        {
            var values = new double[count];
            await group.ReadAsync(field, values.AsMemory());
            return [.. values.Cast<object?>()];
        }

        if (field.ClrType == typeof(double))
        {
            var values = new double?[count];
            await group.ReadAsync(field, values.AsMemory());
            return [.. values.Cast<object?>()];
        }

        if (field.ClrType == typeof(string) || name.StartsWith("ReadOnlyMemory", StringComparison.Ordinal))
        {
            var values = new string?[count];
            await group.ReadAsync(field, values.AsMemory());
            return [.. values.Cast<object?>()];
        }

        throw new NotSupportedException($"{field.Name}: {field.ClrType}");
    }
}
