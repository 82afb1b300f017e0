using BenchmarkDotNet.Attributes;
using Capacity.Domain.Simulation;

namespace Capacity.Benchmarks;

/// <summary>The national network through the first 60 days of 2020 on the pure kernel.</summary>
[MemoryDiagnoser]
public class InlineRunBenchmarks
{
    private Scenario _scenario = null!;

    [GlobalSetup]
    public void Setup() => _scenario = NationalScenario.Load(days: 60);

    [Benchmark(Description = "InlineSimulator, national, 60 days")]
    public async Task<int> Run()
    {
        await using var engine = new InlineSimulator(_scenario);
        var census = 0;
        for (var day = 0; day < _scenario.Days; day++)
        {
            census += (await engine.StepAsync(day)).Hospitals.Length;
        }

        return census;
    }
}
