using BenchmarkDotNet.Attributes;
using Capacity.Domain.Random;

namespace Capacity.Benchmarks;

/// <summary>Cost of the random draws every hospital makes every day.</summary>
[MemoryDiagnoser]
public class SamplingBenchmarks
{
    private int _tick;

    [Benchmark(Description = "CounterRng.For + 1 double")]
    public double NewGeneratorAndDraw()
    {
        var rng = CounterRng.For(20200227, "jal-hgz-014", _tick++, RngStream.Stay);
        return rng.NextDouble();
    }

    [Benchmark(Description = "Binomial(40, 0.18)")]
    public int BinomialSmall()
    {
        var rng = CounterRng.For(1, "h", _tick++, RngStream.Stay);
        return Sampling.Binomial(ref rng, 40, 0.18);
    }

    [Benchmark(Description = "Poisson(12)")]
    public int PoissonInversion()
    {
        var rng = CounterRng.For(1, "o", _tick++, RngStream.Arrivals);
        return Sampling.Poisson(ref rng, 12);
    }

    [Benchmark(Description = "Poisson(400)")]
    public int PoissonPtrs()
    {
        var rng = CounterRng.For(1, "o", _tick++, RngStream.Arrivals);
        return Sampling.Poisson(ref rng, 400);
    }
}
