using System.Collections.Immutable;
using Parquet;
using Parquet.Schema;

namespace Capacity.Results.Validation;

/// <summary>Reads the report's columns of <c>daily_hospital.parquet</c>, for runs that wrote no CSV.</summary>
internal static class HospitalParquetReader
{
    public static async Task<ImmutableArray<HospitalDayRecord>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        var records = ImmutableArray.CreateBuilder<HospitalDayRecord>();
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using var reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }, cancellationToken: cancellationToken);
        var fields = HospitalColumns.Required.ToDictionary(
            c => c,
            c => reader.Schema.DataFields.FirstOrDefault(f => f.Name == c) ?? throw HospitalColumns.Missing(file, c),
            StringComparer.Ordinal);
        var fleet = HospitalColumns.Optional
            .Select(c => reader.Schema.DataFields.FirstOrDefault(f => f.Name == c))
            .OfType<DataField>()
            .ToArray();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var rows = checked((int)group.RowCount);
            var dates = await ReadAsync<DateOnly>(group, fields[HospitalColumns.Date], rows, cancellationToken);
            var ids = await ReadTextAsync(group, fields[HospitalColumns.HospitalId], rows);
            var types = await ReadTextAsync(group, fields[HospitalColumns.Type], rows);
            var phases = await ReadTextAsync(group, fields[HospitalColumns.Phase], rows);
            var roles = await ReadTextAsync(group, fields[HospitalColumns.Role], rows);
            var ward = await ReadAsync<int>(group, fields[HospitalColumns.CovidWardBeds], rows, cancellationToken);
            var icu = await ReadAsync<int>(group, fields[HospitalColumns.CovidIcuBeds], rows, cancellationToken);
            var erc = await ReadAsync<double>(group, fields[HospitalColumns.ErcTeamsRequired], rows, cancellationToken);
            var inService = fleet.Length == 2 ? await ReadAsync<int>(group, fleet[0], rows, cancellationToken) : null;
            var received = fleet.Length == 2 ? await ReadAsync<int>(group, fleet[1], rows, cancellationToken) : null;
            for (var i = 0; i < rows; i++)
            {
                var where = $"{file} row group {g}, row {i}";
                records.Add(new HospitalDayRecord(
                    dates[i],
                    ids[i] ?? "",
                    HospitalColumns.ParseType(types[i] ?? "", where),
                    HospitalColumns.ParsePhase(phases[i] ?? "", where),
                    HospitalColumns.ParseRole(roles[i] ?? "", where),
                    ward[i] + icu[i],
                    erc[i],
                    inService is not null && received is not null ? (inService[i], received[i]) : null));
            }
        }

        return records.ToImmutable();
    }

    private static async Task<T[]> ReadAsync<T>(ParquetRowGroupReader group, DataField field, int rows, CancellationToken cancellationToken)
        where T : struct
    {
        if (field.ClrType != typeof(T) || field.IsNullable)
        {
            throw new RunDirectoryException($"daily_hospital.parquet: column '{field.Name}' is not a non-null {typeof(T).Name}.");
        }

        var values = new T[rows];
        await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancellationToken);
        return values;
    }

    private static async Task<string?[]> ReadTextAsync(ParquetRowGroupReader group, DataField field, int rows)
    {
        var values = new string?[rows];
        await group.ReadAsync(field, values.AsMemory());
        return values;
    }
}
