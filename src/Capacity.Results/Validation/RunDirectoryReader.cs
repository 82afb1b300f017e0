using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Capacity.Results.Validation;

/// <summary>Reads what a report needs from a run directory, turning every missing or unreadable file into a <see cref="RunDirectoryException"/>.</summary>
internal static class RunDirectoryReader
{
    public static async Task<RunIdentity> ReadIdentityAsync(string runDirectory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(RequireDirectory(runDirectory), OutputFileNames.Manifest);
        var bytes = await ReadFileAsync(path, cancellationToken);
        try
        {
            using var json = JsonDocument.Parse(bytes);
            var scenario = json.RootElement.GetProperty("scenario");
            return new RunIdentity(
                scenario.GetProperty("name").GetString() ?? "",
                scenario.GetProperty("seed").GetInt64(),
                DateOnly.ParseExact(scenario.GetProperty("start").GetString() ?? "", TextFormat.DateFormat, CultureInfo.InvariantCulture),
                scenario.GetProperty("days").GetInt32(),
                scenario.GetProperty("sha256").GetString() ?? "");
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new RunDirectoryException($"{path} is not a run manifest: {e.Message}", e);
        }
    }

    /// <summary>The rows of <c>daily_hospital.csv</c>, or of <c>daily_hospital.parquet</c> when the run wrote no CSV.</summary>
    public static async Task<ImmutableArray<HospitalDayRecord>> ReadHospitalDaysAsync(string runDirectory, CancellationToken cancellationToken)
    {
        var directory = RequireDirectory(runDirectory);
        var csv = Path.Combine(directory, OutputFileNames.DailyHospital + OutputFileNames.CsvExtension);
        var parquet = Path.Combine(directory, OutputFileNames.DailyHospital + OutputFileNames.ParquetExtension);
        try
        {
            if (File.Exists(csv))
            {
                return await HospitalCsvReader.ReadAsync(csv, cancellationToken);
            }

            if (File.Exists(parquet))
            {
                return await HospitalParquetReader.ReadAsync(parquet, cancellationToken);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvHelper.CsvFormatException or InvalidDataException or NotSupportedException)
        {
            throw new RunDirectoryException($"Cannot read the hospital table of {directory}: {e.Message}", e);
        }

        throw new RunDirectoryException(
            $"{directory} has neither {Path.GetFileName(csv)} nor {Path.GetFileName(parquet)}: the run wrote no daily tables (outputs.formats).");
    }

    private static string RequireDirectory(string runDirectory)
    {
        var full = Path.GetFullPath(runDirectory);
        return Directory.Exists(full) ? full : throw new RunDirectoryException($"{full} is not a directory.");
    }

    private static async Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new RunDirectoryException($"{path} is missing: not a run directory, or the run did not complete.");
        }

        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RunDirectoryException($"Cannot read {path}: {e.Message}", e);
        }
    }
}
