using Capacity.Domain.Random;
using MathNet.Numerics;

namespace Capacity.Domain.Tests.Random;

/// <summary>
/// Binomial and Poisson samplers. Edge cases are exact; distribution checks use a fixed seed and 20,000
/// draws, with tolerances of 5 standard errors of the sample mean and of the sample variance.
/// </summary>
public sealed class SamplingTests
{
    private const int Draws = 20_000;

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(-3, 0.5)]
    [InlineData(10, 0.0)]
    [InlineData(10, -0.2)]
    public void Binomial_is_zero_without_trials_or_chance_and_uses_no_random_numbers(int n, double p)
    {
        var rng = Rng();

        var draw = Sampling.Binomial(ref rng, n, p);

        Assert.Equal(0, draw);
        Assert.Equal(Rng().NextUInt64(), rng.NextUInt64());
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(1.5)]
    public void Binomial_with_certain_success_returns_every_trial(double p)
    {
        var rng = Rng();

        var draw = Sampling.Binomial(ref rng, 37, p);

        Assert.Equal(37, draw);
        Assert.Equal(Rng().NextUInt64(), rng.NextUInt64());
    }

    [Theory]
    [InlineData(10, 0.7)]
    [InlineData(1000, 0.97)]
    [InlineData(25, 0.51)]
    public void Binomial_above_one_half_counts_the_failures_of_the_complement(int n, double p)
    {
        var rng = Rng(0);
        var complementRng = Rng(0);
        var draws = new int[200];
        var complements = new int[200];

        for (var i = 0; i < draws.Length; i++)
        {
            draws[i] = Sampling.Binomial(ref rng, n, p);
            complements[i] = n - Sampling.Binomial(ref complementRng, n, 1 - p);
        }

        Assert.Equal(complements, draws);
    }

    [Theory]
    [InlineData(1, 0.3)]
    [InlineData(50, 0.2)]
    [InlineData(1000, 0.03)]
    [InlineData(40, 0.8)]
    [InlineData(500_000, 0.0001)]
    public void Binomial_mean_and_variance_match_np_and_npq_within_5_standard_errors(int n, double p)
    {
        var rng = Rng();
        var draws = new double[Draws];

        for (var i = 0; i < Draws; i++)
        {
            draws[i] = Sampling.Binomial(ref rng, n, p);
        }

        var q = 1 - p;
        var variance = n * p * q;
        var fourthCentralMoment = n * p * q * (1 + 3 * (n - 2) * p * q);
        AssertMoments(draws, n * p, variance, fourthCentralMoment);
        Assert.All(draws, d => Assert.InRange(d, 0, n));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-4.0)]
    public void Poisson_without_rate_is_zero(double lambda)
    {
        var rng = Rng();

        var draw = Sampling.Poisson(ref rng, lambda);

        Assert.Equal(0, draw);
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(4.0)]
    [InlineData(29.5)]
    [InlineData(30.0)]
    [InlineData(75.0)]
    [InlineData(2_500.0)]
    public void Poisson_mean_and_variance_match_lambda_within_5_standard_errors_on_both_branches(double lambda)
    {
        var rng = Rng();
        var draws = new double[Draws];

        for (var i = 0; i < Draws; i++)
        {
            draws[i] = Sampling.Poisson(ref rng, lambda);
        }

        AssertMoments(draws, lambda, lambda, lambda * (1 + 3 * lambda));
        Assert.All(draws, d => Assert.True(d >= 0));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(29.9)]
    public void Poisson_below_30_counts_uniforms_until_their_product_drops_to_e_to_the_minus_lambda(double lambda)
    {
        var rng = Rng();
        var reference = Rng();

        var draws = Enumerable.Range(0, 500).Select(_ => Sampling.Poisson(ref rng, lambda)).ToArray();

        var limit = Math.Exp(-lambda);
        var expected = Enumerable.Range(0, 500).Select(_ =>
        {
            var count = 0;
            for (var product = reference.NextDouble(); product > limit; product *= reference.NextDouble())
            {
                count++;
            }

            return count;
        });
        Assert.Equal(expected, draws);
    }

    [Theory]
    [InlineData(12.0)]
    [InlineData(50.0)]
    public void Poisson_frequencies_match_the_probability_mass_within_5_standard_errors(double lambda)
    {
        var rng = Rng();
        var counts = new Dictionary<int, int>();

        for (var i = 0; i < Draws; i++)
        {
            var k = Sampling.Poisson(ref rng, lambda);
            counts[k] = counts.GetValueOrDefault(k) + 1;
        }

        var sd = Math.Sqrt(lambda);
        for (var k = (int)Math.Max(0, lambda - 3 * sd); k <= (int)(lambda + 3 * sd); k++)
        {
            var pmf = Math.Exp(-lambda + k * Math.Log(lambda) - SpecialFunctions.GammaLn(k + 1));
            var tolerance = 5 * Math.Sqrt(pmf * (1 - pmf) / Draws);
            var frequency = counts.GetValueOrDefault(k) / (double)Draws;
            Assert.True(Math.Abs(frequency - pmf) <= tolerance, $"P({k}) = {pmf:F5}, observed {frequency:F5}");
        }
    }

    private static CounterRng Rng(long seed = 42) => CounterRng.For(seed, "sampling-tests", 0, RngStream.Arrivals);

    /// <summary>
    /// Sample mean within 5·√(σ²/n) of the mean; sample variance within 5·√((μ₄ − σ⁴)/n) of σ².
    /// </summary>
    private static void AssertMoments(double[] draws, double mean, double variance, double fourthCentralMoment)
    {
        var n = draws.Length;
        var sampleMean = draws.Average();
        var sampleVariance = draws.Sum(d => (d - sampleMean) * (d - sampleMean)) / (n - 1);
        var meanTolerance = 5 * Math.Sqrt(variance / n);
        var varianceTolerance = 5 * Math.Sqrt((fourthCentralMoment - variance * variance) / n);
        Assert.InRange(sampleMean, mean - meanTolerance, mean + meanTolerance);
        Assert.InRange(sampleVariance, variance - varianceTolerance, variance + varianceTolerance);
    }
}
