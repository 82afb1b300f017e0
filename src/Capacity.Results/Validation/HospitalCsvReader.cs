using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;

namespace Capacity.Results.Validation;

/// <summary>Reads the report's columns of <c>daily_hospital.csv</c> (CsvHelper's reader, invariant culture).</summary>
internal static class HospitalCsvReader
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        FormatProvider = CultureInfo.InvariantCulture,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        MalformedData = CsvMalformedDataHandling.Throw,
        MissingField = CsvMissingFieldHandling.Throw,
        TrackLineNumbers = true,
    };

    public static async Task<ImmutableArray<HospitalDayRecord>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        var records = ImmutableArray.CreateBuilder<HospitalDayRecord>();
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using var csv = CsvReader.Create(stream, Options, leaveOpen: false);
        await csv.ReadHeaderAsync(cancellationToken);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in HospitalColumns.Required)
        {
            index[column] = csv.TryGetFieldIndex(column, out var i) ? i : throw HospitalColumns.Missing(file, column);
        }

        var fleet = HospitalColumns.Optional.All(c => csv.TryGetFieldIndex(c, out _));
        foreach (var column in fleet ? HospitalColumns.Optional : [])
        {
            index[column] = csv.TryGetFieldIndex(column, out var i) ? i : -1;
        }

        while (await csv.ReadAsync(cancellationToken))
        {
            var where = $"{file} line {csv.LineNumber.ToString(CultureInfo.InvariantCulture)}";
            try
            {
                records.Add(new HospitalDayRecord(
                    DateOnly.ParseExact(csv.GetString(index[HospitalColumns.Date]), TextFormat.DateFormat, CultureInfo.InvariantCulture),
                    csv.GetString(index[HospitalColumns.HospitalId]),
                    HospitalColumns.ParseType(csv.GetString(index[HospitalColumns.Type]), where),
                    HospitalColumns.ParsePhase(csv.GetString(index[HospitalColumns.Phase]), where),
                    HospitalColumns.ParseRole(csv.GetString(index[HospitalColumns.Role]), where),
                    csv.Parse<int>(index[HospitalColumns.CovidWardBeds]) + csv.Parse<int>(index[HospitalColumns.CovidIcuBeds]),
                    csv.Parse<double>(index[HospitalColumns.ErcTeamsRequired]),
                    fleet
                        ? (csv.Parse<int>(index[HospitalColumns.VentilatorsInService]), csv.Parse<int>(index[HospitalColumns.VentilatorsReceived]))
                        : null));
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                throw new RunDirectoryException($"{where}: {e.Message}", e);
            }
        }

        return records.ToImmutable();
    }
}
