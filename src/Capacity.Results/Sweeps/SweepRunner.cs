using System.Collections.Immutable;
using Capacity.Results.Batches;
using Capacity.Results.Manifest;
using Capacity.Results.Reading;
using Capacity.Scenarios;

namespace Capacity.Results.Sweeps;

/// <summary>
/// Runs every cell of a parameter grid into <c>cell-NNN/</c> and writes <c>sweep.csv</c> and <c>sweep.md</c> (parameter
/// values, then every numeric KPI) and <c>sweep.json</c> (<see cref="SweepManifest"/>). Every cell's scenario is loaded before anything runs, so a bad path or value fails
/// with the loader's error and writes nothing.
/// </summary>
public static class SweepRunner
{
    /// <exception cref="ScenarioException">A cell's scenario is invalid.</exception>
    public static async Task<ImmutableArray<RunOutcome>> RunAsync(
        Func<IReadOnlyList<ScenarioOverride>, LoadedScenario> load,
        IReadOnlyList<SweepParameter> parameters,
        int parallel,
        EngineFactory engines,
        string outputDirectory,
        Action<BatchRun, RunOutcome>? onCellDone = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(load);
        var cells = SweepGrid.Cells(parameters);
        var runs = cells.Select((cell, i) => new BatchRun(SweepGrid.DirectoryName(i), load(cell))).ToArray();
        var baseScenario = load([]);
        var startedAt = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        return await BatchRunner.RunAsync(outputDirectory, runs, engines, parallel, onCellDone, async (temp, done, ct) =>
        {
            var kpis = new List<ImmutableArray<KpiValue>>();
            foreach (var run in runs)
            {
                kpis.Add(await ManifestKpis.ReadAsync(Path.Combine(temp, run.Name), ct));
            }

            var header = new[] { "cell" }.Concat(parameters.Select(p => p.Path)).Concat(kpis[0].Select(k => k.Name)).ToArray();
            var rows = runs.Select((run, i) => new[] { run.Name }.Concat(cells[i].Select(o => o.Value)).Concat(kpis[i].Select(k => CsvText.Number(k.Value))).ToArray()).ToArray();
            await File.WriteAllTextAsync(Path.Combine(temp, "sweep.csv"), CsvText.Lines(new[] { header }.Concat(rows).Select(r => string.Join(',', r.Select(CsvText.Cell)))), TextFormat.Utf8, ct);
            var md = new List<string> { "# Sweep", "", "| " + string.Join(" | ", header) + " |", "|" + string.Concat(header.Select(_ => "---|")) };
            md.AddRange(rows.Select(r => "| " + string.Join(" | ", r.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |"));
            await File.WriteAllTextAsync(Path.Combine(temp, "sweep.md"), CsvText.Lines(md), TextFormat.Utf8, ct);
            var files = new List<OutputFile>();
            foreach (var name in new[] { "sweep.csv", "sweep.md" })
            {
                files.Add(await FileDigest.DescribeAsync(temp, name, ct));
            }

            // Cell files except manifest.json, whose execution block holds wall times.
            foreach (var (run, outcome) in runs.Zip(done))
            {
                files.AddRange(outcome.Files.Where(f => f.Name != OutputFileNames.Manifest).Select(f => f with { Name = run.Name + "/" + f.Name }));
            }

            var manifest = SweepManifest.Render(baseScenario, parameters, runs, cells, files, parallel, clock.Elapsed, startedAt);
            await File.WriteAllBytesAsync(Path.Combine(temp, SweepManifest.FileName), manifest, ct);
        }, cancellationToken);
    }
}
