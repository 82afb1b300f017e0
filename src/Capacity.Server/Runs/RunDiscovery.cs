using System.Text.Json;
using Capacity.Results.Ensembles;

namespace Capacity.Server.Runs;

/// <summary>
/// Completed runs already in the runs folder when the host starts (its own earlier runs, CLI runs, ensembles): a run
/// directory is one with <c>manifest.json</c> or <c>ensemble.json</c>; its identity comes from that file. Anything else
/// (temp folders of interrupted runs, stray files) is ignored.
/// </summary>
internal static class RunDiscovery
{
    public static IEnumerable<RunRecord> Find(string runsDirectory)
    {
        if (!Directory.Exists(runsDirectory))
        {
            yield break;
        }

        foreach (var directory in Directory.EnumerateDirectories(runsDirectory).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(directory);
            if (!RunIds.IsValid(id))
            {
                continue;
            }

            if (Read(Path.Combine(directory, "manifest.json"), id!, directory, replicas: null) is { } run)
            {
                yield return run;
            }
            else if (Read(Path.Combine(directory, EnsembleRunner.ManifestName), id!, directory, replicas: 0) is { } ensemble)
            {
                yield return ensemble;
            }
        }
    }

    /// <summary>Start and end from the manifest's <c>execution</c> block (start time and wall time), when it has them.</summary>
    private static (DateTimeOffset? Started, DateTimeOffset? Finished) When(JsonElement manifest)
    {
        if (!manifest.TryGetProperty("execution", out var execution)
            || !execution.TryGetProperty("startedAt", out var startedAt)
            || !startedAt.TryGetDateTimeOffset(out var started))
        {
            return (null, null);
        }

        return execution.TryGetProperty("wallTimeSeconds", out var wall) && wall.TryGetDouble(out var seconds)
            ? (started, started.AddSeconds(seconds))
            : (started, null);
    }

    private static RunRecord? Read(string manifest, string id, string directory, int? replicas)
    {
        if (!File.Exists(manifest))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(manifest));
            var scenario = json.RootElement.GetProperty("scenario");
            var name = scenario.GetProperty("name").GetString() ?? id;
            var days = scenario.GetProperty("days").GetInt32();
            var seed = replicas is null
                ? scenario.GetProperty("seed").GetInt64()
                : json.RootElement.GetProperty("baseSeed").GetInt64();
            var count = replicas is null ? 1 : json.RootElement.GetProperty("replicas").GetArrayLength();
            var (started, finished) = When(json.RootElement);
            return new RunRecord(id, name, seed, days, count, directory, RunState.Completed, started, finished);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
