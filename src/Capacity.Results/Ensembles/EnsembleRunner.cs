using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Capacity.Domain.Simulation;
using Capacity.Results.Batches;
using Capacity.Results.Manifest;
using Capacity.Results.Plots;
using Capacity.Results.Reading;
using Capacity.Scenarios;

namespace Capacity.Results.Ensembles;

/// <summary>
/// Runs N replicas of a scenario (seeds by <see cref="ReplicaSeeds"/>), concurrently through <see cref="BatchRunner"/>,
/// into <c>replica-000/</c>…, then writes <c>bands_national.csv</c> (and <c>.parquet</c> when the scenario asks for
/// Parquet), <c>bands_kpis.csv</c>, the band charts (<c>plots/bands_*.png|svg</c>, when the scenario has
/// <c>outputs.plots</c>) and <c>ensemble.json</c>.
/// Everything but the <c>execution</c> block of <c>ensemble.json</c> depends only on the scenario and the base seed.
/// </summary>
public static class EnsembleRunner
{
    public const string ManifestName = "ensemble.json";

    /// <param name="load">Loads the scenario with the caller's overrides plus the given extra ones (the replica's seed).</param>
    /// <exception cref="ScenarioException">A replica's scenario is invalid; raised before anything runs.</exception>
    public static async Task<EnsembleOutcome> RunAsync(
        Func<IReadOnlyList<ScenarioOverride>, LoadedScenario> load,
        long baseSeed,
        int replicas,
        int parallel,
        EngineFactory engines,
        string outputDirectory,
        Action<BatchRun, RunOutcome>? onReplicaDone = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(load);
        var seeds = ReplicaSeeds.For(baseSeed, replicas);
        var runs = seeds.Select((seed, i) => new BatchRun(
            ReplicaSeeds.DirectoryName(i),
            load([new ScenarioOverride("seed", seed.ToString(CultureInfo.InvariantCulture))]))).ToArray();
        var baseScenario = load([new ScenarioOverride("seed", baseSeed.ToString(CultureInfo.InvariantCulture))]);
        if (!baseScenario.Scenario.Outputs.Contains(OutputFormat.Csv))
        {
            // The bands are read back from each replica's daily_national.csv: say so before anything runs.
            throw new ScenarioException([new ScenarioError(
                baseScenario.SourcePath, 0, 0, "outputs.formats", "an ensemble reads each replica's daily_national.csv: outputs.formats must include csv")]);
        }

        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var outcomes = await BatchRunner.RunAsync(outputDirectory, runs, engines, parallel, onReplicaDone, async (temp, done, ct) =>
        {
            var directories = runs.Select(r => Path.Combine(temp, r.Name)).ToArray();
            var bands = await NationalBands.ComputeAsync(directories, ct);
            var bandsCsv = NationalBands.Csv(bands);
            await File.WriteAllTextAsync(Path.Combine(temp, NationalBands.FileName), bandsCsv, TextFormat.Utf8, ct);
            var bandFiles = new List<string> { KpiBands.FileName, NationalBands.FileName };
            if (baseScenario.Scenario.Outputs.Contains(OutputFormat.Parquet))
            {
                await NationalBands.WriteParquetAsync(bands, Path.Combine(temp, NationalBands.ParquetName), ct);
                bandFiles.Add(NationalBands.ParquetName);
            }

            var kpis = new List<IReadOnlyList<KpiValue>>();
            foreach (var directory in directories)
            {
                kpis.Add(await ManifestKpis.ReadAsync(directory, ct));
            }

            await File.WriteAllTextAsync(Path.Combine(temp, KpiBands.FileName), KpiBands.Render(kpis), TextFormat.Utf8, ct);
            var plots = ImmutableArray<string>.Empty;
            if (baseScenario.Scenario.Plots)
            {
                var charts = EnsembleCharts.For(baseScenario.Scenario.Name, baseScenario.Scenario.Start, runs.Length, SeriesTable.FromCsv(bandsCsv));
                plots = [.. (await PlotWriter.WriteAsync(Path.Combine(temp, PlotWriter.Directory), charts, ct)).Select(p => PlotWriter.Directory + "/" + p)];
            }

            var files = new List<OutputFile>();
            foreach (var name in bandFiles.Concat(plots))
            {
                files.Add(await FileDigest.DescribeAsync(temp, name, ct));
            }

            // Replica files except manifest.json, whose execution block holds wall times.
            foreach (var (run, outcome) in runs.Zip(done))
            {
                files.AddRange(outcome.Files.Where(f => f.Name != OutputFileNames.Manifest).Select(f => f with { Name = run.Name + "/" + f.Name }));
            }

            var manifest = Render(baseScenario, baseSeed, runs, seeds, files, parallel, clock.Elapsed, startedAt);
            await File.WriteAllBytesAsync(Path.Combine(temp, ManifestName), manifest, ct);
        }, cancellationToken);
        return new EnsembleOutcome(RunFolder.Normalise(outputDirectory), seeds, outcomes);
    }

    private static byte[] Render(
        LoadedScenario scenario, long baseSeed, BatchRun[] runs, ImmutableArray<long> seeds, List<OutputFile> files, int parallel, TimeSpan wall, DateTimeOffset startedAt)
    {
        return ManifestWriter.RenderBatch(
            json =>
            {
                json.WriteStartObject("scenario");
                json.WriteString("name", scenario.Scenario.Name);
                json.WriteString("sha256", scenario.Sha256);
                json.WriteString("start", TextFormat.Date(scenario.Scenario.Start));
                json.WriteNumber("days", scenario.Scenario.Days);
                json.WriteEndObject();
                json.WriteNumber("baseSeed", baseSeed);
                json.WriteString("seedRule", ReplicaSeeds.Rule);
                json.WriteString("percentileMethod", Statistics.Percentile.Method);
                json.WriteStartArray("replicas");
                for (var i = 0; i < runs.Length; i++)
                {
                    json.WriteStartObject();
                    json.WriteString("name", runs[i].Name);
                    json.WriteNumber("seed", seeds[i]);
                    json.WriteString("scenarioSha256", runs[i].Scenario.Sha256);
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
