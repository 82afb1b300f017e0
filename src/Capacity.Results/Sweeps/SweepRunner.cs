using System.Collections.Immutable;
using Capacity.Results.Batches;
using Capacity.Results.Reading;
using Capacity.Scenarios;

namespace Capacity.Results.Sweeps;

/// <summary>
/// Runs every cell of a parameter grid into <c>cell-NNN/</c> and writes <c>sweep.csv</c> and <c>sweep.md</c> (parameter
/// values, then every numeric KPI). Every cell's scenario is loaded before anything runs, so a bad path or value fails
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
        return await BatchRunner.RunAsync(outputDirectory, runs, engines, parallel, onCellDone, async (temp, _, ct) =>
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
        }, cancellationToken);
    }
}
