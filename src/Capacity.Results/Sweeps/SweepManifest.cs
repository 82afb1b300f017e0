using System.Collections.Immutable;
using Capacity.Results.Batches;
using Capacity.Results.Manifest;
using Capacity.Scenarios;

namespace Capacity.Results.Sweeps;

/// <summary>
/// <c>sweep.json</c>, the sweep's manifest, shaped like <c>ensemble.json</c>: the base scenario, the grid, each cell with
/// its overrides, seed and scenario hash, the digests of <c>sweep.csv</c>, <c>sweep.md</c> and every cell file but its
/// <c>manifest.json</c>, and an <c>execution</c> block (the only part that differs between two runs of the same sweep).
/// </summary>
internal static class SweepManifest
{
    public const string FileName = "sweep.json";

    public static byte[] Render(
        LoadedScenario baseScenario,
        IReadOnlyList<SweepParameter> parameters,
        IReadOnlyList<BatchRun> cells,
        ImmutableArray<ImmutableArray<ScenarioOverride>> overrides,
        IEnumerable<OutputFile> files,
        int parallel,
        TimeSpan wall,
        DateTimeOffset startedAt)
    {
        return ManifestWriter.RenderBatch(
            json =>
            {
                json.WriteStartObject("scenario");
                json.WriteString("name", baseScenario.Scenario.Name);
                json.WriteString("sha256", baseScenario.Sha256);
                json.WriteNumber("seed", baseScenario.Scenario.Seed);
                json.WriteString("start", TextFormat.Date(baseScenario.Scenario.Start));
                json.WriteNumber("days", baseScenario.Scenario.Days);
                json.WriteEndObject();
                json.WriteStartArray("grid");
                foreach (var parameter in parameters)
                {
                    json.WriteStartObject();
                    json.WriteString("path", parameter.Path);
                    json.WriteStartArray("values");
                    foreach (var value in parameter.Values)
                    {
                        json.WriteStringValue(value);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("cells");
                for (var i = 0; i < cells.Count; i++)
                {
                    json.WriteStartObject();
                    json.WriteString("name", cells[i].Name);
                    json.WriteStartObject("params");
                    foreach (var o in overrides[i])
                    {
                        json.WriteString(o.Path, o.Value);
                    }

                    json.WriteEndObject();
                    json.WriteNumber("seed", cells[i].Scenario.Scenario.Seed);
                    json.WriteString("scenarioSha256", cells[i].Scenario.Sha256);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            },
            files,
            parallel,
            wall,
            startedAt);
    }
}
