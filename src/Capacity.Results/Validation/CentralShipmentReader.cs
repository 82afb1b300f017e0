using System.Collections.Immutable;
using System.Globalization;
using Capacity.Domain.Supply;
using CsvHelper;
using Parquet;
using Parquet.Schema;

namespace Capacity.Results.Validation;

/// <summary>The central warehouse's <c>shipped_&lt;item&gt;</c> per date from <c>daily_warehouse.csv</c> or <c>.parquet</c>.</summary>
internal static class CentralShipmentReader
{
    private const string Central = "central";

    /// <summary>The rows, from the CSV when the run wrote one, else from the Parquet file; null when it wrote neither.</summary>
    public static async Task<ImmutableArray<(DateOnly Date, ImmutableArray<long> Shipped)>?> ReadAsync(string runDirectory, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(runDirectory);
        var csv = Path.Combine(directory, OutputFileNames.DailyWarehouse + OutputFileNames.CsvExtension);
        var parquet = Path.Combine(directory, OutputFileNames.DailyWarehouse + OutputFileNames.ParquetExtension);
        try
        {
            if (File.Exists(csv))
            {
                return await ReadCsvAsync(csv, cancellationToken);
            }

            if (File.Exists(parquet))
            {
                return await ReadParquetAsync(parquet, cancellationToken);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvFormatException or FormatException or OverflowException or InvalidDataException or NotSupportedException)
        {
            throw new RunDirectoryException($"Cannot read the warehouse table of {directory}: {e.Message}", e);
        }

        return null;
    }

    private static string[] ShippedColumns => [.. SupplyItems.All.Select(item => "shipped_" + SupplyItems.Code(item))];

    private static async Task<ImmutableArray<(DateOnly, ImmutableArray<long>)>> ReadCsvAsync(string path, CancellationToken cancellationToken)
    {
        var rows = ImmutableArray.CreateBuilder<(DateOnly, ImmutableArray<long>)>();
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using var csv = CsvReader.Create(stream, CsvReaderOptions.Default with { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: false);
        await csv.ReadHeaderAsync(cancellationToken);
        int Index(string column) => csv.TryGetFieldIndex(column, out var i) ? i : throw Missing(path, column);
        var date = Index("date");
        var kind = Index("kind");
        var shipped = ShippedColumns.Select(Index).ToArray();
        while (await csv.ReadAsync(cancellationToken))
        {
            if (csv.GetString(kind) == Central)
            {
                rows.Add((
                    DateOnly.ParseExact(csv.GetString(date), TextFormat.DateFormat, CultureInfo.InvariantCulture),
                    [.. shipped.Select(i => csv.Parse<long>(i))]));
            }
        }

        return rows.ToImmutable();
    }

    private static async Task<ImmutableArray<(DateOnly, ImmutableArray<long>)>> ReadParquetAsync(string path, CancellationToken cancellationToken)
    {
        var rows = ImmutableArray.CreateBuilder<(DateOnly, ImmutableArray<long>)>();
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using var reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }, cancellationToken: cancellationToken);
        DataField Field(string column) => reader.Schema.DataFields.FirstOrDefault(f => f.Name == column) ?? throw Missing(path, column);
        var date = Field("date");
        var kind = Field("kind");
        var shipped = ShippedColumns.Select(Field).ToArray();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = checked((int)group.RowCount);
            var dates = new DateOnly[count];
            await group.ReadAsync(date, dates.AsMemory(), cancellationToken: cancellationToken);
            var kinds = new string?[count];
            await group.ReadAsync(kind, kinds.AsMemory(), cancellationToken: cancellationToken);
            var columns = new long[shipped.Length][];
            for (var c = 0; c < shipped.Length; c++)
            {
                columns[c] = new long[count];
                await group.ReadAsync(shipped[c], columns[c].AsMemory(), cancellationToken: cancellationToken);
            }

            for (var i = 0; i < count; i++)
            {
                if (kinds[i] == Central)
                {
                    rows.Add((dates[i], [.. columns.Select(c => c[i])]));
                }
            }
        }

        return rows.ToImmutable();
    }

    private static RunDirectoryException Missing(string path, string column) =>
        new($"{Path.GetFileName(path)} has no column '{column}'.");
}
