using BenchmarkDotNet.Attributes;
using Capacity.Domain.Simulation;
using Capacity.Results;
using Capacity.Results.Plots;
using Capacity.Scenarios;

namespace Capacity.Benchmarks;

/// <summary>
/// The charts of a national year (`outputs.plots`): one run of the 2020 replay is recorded once in the setup, then
/// each iteration builds and renders its 42 charts (PNG + SVG, in memory, one thread) from the run's CSV tables.
/// </summary>
[MemoryDiagnoser]
public class PlotBenchmarks
{
    private Scenario _scenario = null!;
    private SeriesTable _national = null!;
    private SeriesTable _ooads = null!;
    private string _directory = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _scenario = NationalScenario.Load() with { Plots = false, Outputs = [OutputFormat.Csv] };
        _directory = Path.Combine(Path.GetTempPath(), "capacity-plot-bench-" + Environment.ProcessId);
        await using (var engine = new InlineSimulator(_scenario))
        {
            await RunExecutor.ExecuteAsync(engine, 0, _scenario, new ScenarioProvenance("bench", ScenarioWriter.ToYaml(_scenario), "bench"), _directory);
        }

        _national = SeriesTable.FromCsv(await File.ReadAllTextAsync(Path.Combine(_directory, "daily_national.csv")));
        _ooads = SeriesTable.FromCsv(await File.ReadAllTextAsync(Path.Combine(_directory, "daily_ooad.csv")));
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Description = "RunCharts + ChartRenderer, national year, 42 charts (PNG + SVG)")]
    public long RenderNationalCharts()
    {
        long bytes = 0;
        foreach (var chart in RunCharts.For(_scenario, _ooads, _national))
        {
            var (png, svg) = ChartRenderer.Render(chart);
            bytes += png.Length + svg.Length;
        }

        return bytes;
    }
}
