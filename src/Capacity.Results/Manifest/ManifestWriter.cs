using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Capacity.Domain.Care;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;

namespace Capacity.Results.Manifest;

/// <summary>
/// Writes <c>manifest.json</c> by hand with <see cref="Utf8JsonWriter"/>, so the property order is fixed by this
/// code rather than by reflection. Everything outside <c>execution</c> depends only on the scenario and the results.
/// </summary>
internal static class ManifestWriter
{
    /// <summary>Bumped when a file's columns or the manifest's shape change incompatibly.</summary>
    public const int FormatVersion = 5;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = TextFormat.NewLine,
        // Keep accents in OOAD and scenario names readable; the escaping is deterministic either way.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Render(
        Scenario scenario,
        ScenarioProvenance provenance,
        LevelCounts? beds,
        RunKpis kpis,
        ImmutableArray<OutputFile> files,
        ExecutionInfo execution)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("formatVersion", FormatVersion);
            WriteScenario(json, scenario, provenance, beds);
            WriteKpis(json, kpis);
            WriteFiles(json, files);
            WriteExecution(json, execution, provenance);
            json.WriteEndObject();
        }

        buffer.Write(TextFormat.Utf8.GetBytes(TextFormat.NewLine));
        return buffer.ToArray();
    }

    private static void WriteScenario(Utf8JsonWriter json, Scenario scenario, ScenarioProvenance provenance, LevelCounts? beds)
    {
        json.WriteStartObject("scenario");
        json.WriteString("name", scenario.Name);
        json.WriteString("sha256", provenance.Sha256);
        json.WriteNumber("seed", scenario.Seed);
        json.WriteString("start", TextFormat.Date(scenario.Start));
        json.WriteNumber("days", scenario.Days);
        json.WriteStartObject("network");
        json.WriteString("name", scenario.Network.Name);
        json.WriteString("source", scenario.NetworkSource);
        json.WriteNumber("ooads", scenario.Network.Ooads.Length);
        json.WriteNumber("hospitals", scenario.Network.Hospitals.Length);
        json.WriteNumber("warehouses", scenario.Network.Warehouses.Length);
        WriteNumberOrNull(json, "covidBedsWard", beds?.Ward);
        WriteNumberOrNull(json, "covidBedsIcu", beds?.Icu);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteKpis(Utf8JsonWriter json, RunKpis k)
    {
        json.WriteStartObject("kpis");
        json.WriteNumber("totalArrivals", k.TotalArrivals);
        json.WriteNumber("totalAdmittedWard", k.TotalAdmittedWard);
        json.WriteNumber("totalAdmittedIcu", k.TotalAdmittedIcu);
        json.WriteNumber("totalTurnedAwayWard", k.TotalTurnedAwayWard);
        json.WriteNumber("totalTurnedAwayIcu", k.TotalTurnedAwayIcu);
        json.WriteNumber("turnedAwayShare", k.TurnedAwayShare);
        json.WriteNumber("deathsInCare", k.DeathsInCare);
        json.WriteNumber("deathsTurnedAway", k.DeathsTurnedAway);
        json.WriteNumber("peakCensusWard", k.PeakCensusWard);
        WriteDateOrNull(json, "peakCensusWardDate", k.PeakCensusWardDate);
        json.WriteNumber("peakCensusIcu", k.PeakCensusIcu);
        WriteDateOrNull(json, "peakCensusIcuDate", k.PeakCensusIcuDate);
        WriteNumberOrNull(json, "peakOccupancyWard", k.PeakOccupancyWard);
        WriteNumberOrNull(json, "peakOccupancyIcu", k.PeakOccupancyIcu);
        json.WriteNumber("hospitalDaysAtCapacity", k.HospitalDaysAtCapacity);
        json.WriteNumber("stockOutHospitalDays", k.StockOutHospitalDays);
        json.WriteStartObject("ppeShortfallUnits");
        foreach (var item in SupplyItems.All)
        {
            json.WriteNumber(SupplyItems.Code(item), k.ShortfallUnits(item));
        }

        json.WriteEndObject();
        WriteDateOrNull(json, "firstTurnedAwayDate", k.FirstTurnedAwayDate);
        json.WriteNumber("peakStretcherCensus", k.PeakStretcherCensus);
        WriteDateOrNull(json, "peakStretcherCensusDate", k.PeakStretcherCensusDate);
        json.WriteNumber("nonCovidDemandBedDays", k.NonCovidDemandBedDays);
        json.WriteNumber("deferredBedDays", k.DeferredBedDays);
        json.WriteNumber("deferredAdmissions", k.DeferredAdmissions);
        json.WriteEndObject();
    }

    /// <summary>The <c>files</c> array: name, size and SHA-256 of each file (also the ensemble manifest's).</summary>
    internal static void WriteFiles(Utf8JsonWriter json, IEnumerable<OutputFile> files)
    {
        json.WriteStartArray("files");
        foreach (var file in files)
        {
            json.WriteStartObject();
            json.WriteString("name", file.Name);
            json.WriteNumber("bytes", file.Bytes);
            json.WriteString("sha256", file.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// A batch manifest (<c>ensemble.json</c>, <c>sweep.json</c>): format version 1, the batch's own fields, the files and
    /// the <c>execution</c> block, written like <c>manifest.json</c>.
    /// </summary>
    internal static byte[] RenderBatch(Action<Utf8JsonWriter> fields, IEnumerable<OutputFile> files, int parallel, TimeSpan wall, DateTimeOffset startedAt)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("formatVersion", 1);
            fields(json);
            WriteFiles(json, files);
            WriteBatchExecution(json, parallel, wall, startedAt);
            json.WriteEndObject();
        }

        buffer.Write(TextFormat.Utf8.GetBytes(TextFormat.NewLine));
        return buffer.ToArray();
    }

    /// <summary>The <c>execution</c> block of a batch manifest: the only part that differs between two batches of the same
    /// scenario and seeds.</summary>
    private static void WriteBatchExecution(Utf8JsonWriter json, int parallel, TimeSpan wall, DateTimeOffset startedAt)
    {
        json.WriteStartObject("execution");
        json.WriteNumber("parallel", parallel);
        json.WriteNumber("wallTimeSeconds", Math.Round(wall.TotalSeconds, 3));
        json.WriteString("startedAt", startedAt.ToString("O", CultureInfo.InvariantCulture));
        json.WriteString("packageVersion", RunExecutor.PackageVersion);
        json.WriteString("machine", Environment.MachineName);
        json.WriteNumber("processorCount", Environment.ProcessorCount);
        json.WriteEndObject();
    }

    private static void WriteExecution(Utf8JsonWriter json, ExecutionInfo execution, ScenarioProvenance provenance)
    {
        json.WriteStartObject("execution");
        json.WriteString("engine", execution.Engine);
        json.WriteNumber("silos", execution.Silos);
        json.WriteNumber("wallTimeSeconds", Math.Round(execution.WallTime.TotalSeconds, 3));
        json.WriteString("startedAt", execution.StartedAt.ToString("O", CultureInfo.InvariantCulture));
        json.WriteString("packageVersion", execution.PackageVersion);
        json.WriteString("machine", execution.MachineName);
        json.WriteNumber("processorCount", execution.ProcessorCount);
        json.WriteString("scenarioPath", provenance.SourcePath);
        json.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteDateOrNull(Utf8JsonWriter json, string name, DateOnly? value)
    {
        if (value is { } v)
        {
            json.WriteString(name, TextFormat.Date(v));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
