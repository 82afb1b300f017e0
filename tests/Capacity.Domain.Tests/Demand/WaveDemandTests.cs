using System.Collections.Immutable;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;
using MathNet.Numerics.Distributions;

namespace Capacity.Domain.Tests.Demand;

public sealed class WaveDemandTests
{
    private static readonly DateOnly Start = new(2020, 3, 1);
    private static readonly Ooad Jalisco = new("jal", "Jalisco", "Jalisco", 1_000_000);
    private static readonly Ooad Sonora = new("son", "Sonora", "Sonora", 400_000);

    [Fact]
    public void Expected_demand_over_the_whole_run_is_attack_rate_times_affiliates_times_multiplier_times_hospitalised_share()
    {
        var demand = Settings(regions: new() { ["jal"] = new RegionalDemand(1.5, -20) });

        var total = Enumerable.Range(0, 500).Sum(day => WaveDemand.Expected(demand, Jalisco, Start, day));

        var expected = 0.02 * 1_000_000 * 1.5 * 0.2;
        Assert.Equal(expected, total, expected * 1e-6);
    }

    [Fact]
    public void A_peak_shift_moves_the_whole_curve_by_that_many_days()
    {
        var national = Settings();
        var later = Settings(regions: new() { ["jal"] = new RegionalDemand(1.0, 7) });

        var shifted = Enumerable.Range(0, 500).Select(day => WaveDemand.Expected(later, Jalisco, Start, day)).ToArray();
        var unshifted = Enumerable.Range(0, 500).Select(day => WaveDemand.Expected(national, Jalisco, Start, day)).ToArray();

        for (var day = 0; day + 7 < 500; day++)
        {
            Assert.Equal(unshifted[day], shifted[day + 7], 1e-12);
        }

        Assert.Equal(MeanDay(unshifted) + 7, MeanDay(shifted), 1e-9);
    }

    [Fact]
    public void Ooads_without_a_regional_entry_follow_the_national_curve()
    {
        var demand = Settings(regions: new() { ["jal"] = new RegionalDemand(2.0, 10) });

        var regional = demand.For("son");

        Assert.Same(RegionalDemand.Neutral, regional);
        Assert.Equal(new RegionalDemand(1.0, 0), regional);
        var mass = 0.6 * (Normal.CDF(100, 10, 101) - Normal.CDF(100, 10, 100)) + 0.4 * (Normal.CDF(220, 20, 101) - Normal.CDF(220, 20, 100));
        Assert.Equal(0.02 * 400_000 * 0.2 * mass, WaveDemand.Expected(demand, Sonora, Start, 100), 1e-12);
    }

    [Fact]
    public void Draw_is_reproducible_for_the_same_seed_and_differs_for_another()
    {
        var demand = Settings();

        var first = Enumerable.Range(0, 200).Select(day => WaveDemand.Draw(demand, Jalisco, Start, day, 7)).ToArray();
        var again = Enumerable.Range(0, 200).Select(day => WaveDemand.Draw(demand, Jalisco, Start, day, 7)).ToArray();
        var otherSeed = Enumerable.Range(0, 200).Select(day => WaveDemand.Draw(demand, Jalisco, Start, day, 8)).ToArray();

        Assert.Equal(first, again);
        Assert.NotEqual(first, otherSeed);
    }

    [Fact]
    public void Draws_average_the_expected_demand_and_the_icu_share_within_5_standard_errors()
    {
        var demand = Settings();
        var expected = Enumerable.Range(0, 400).Sum(day => WaveDemand.Expected(demand, Jalisco, Start, day));

        var draws = Enumerable.Range(1, 10)
            .SelectMany(seed => Enumerable.Range(0, 400).Select(day => WaveDemand.Draw(demand, Jalisco, Start, day, seed)))
            .ToArray();

        var patients = draws.Sum(d => d.Total);
        var icu = draws.Sum(d => d.Icu);
        var meanTolerance = 5 * Math.Sqrt(10 * expected);
        Assert.InRange(patients, 10 * expected - meanTolerance, 10 * expected + meanTolerance);
        var share = icu / (double)patients;
        var shareTolerance = 5 * Math.Sqrt(0.3 * 0.7 / patients);
        Assert.InRange(share, 0.3 - shareTolerance, 0.3 + shareTolerance);
    }

    [Fact]
    public void No_patients_arrive_with_a_zero_attack_rate()
    {
        var demand = Settings() with { AttackRate = 0 };

        var draws = Enumerable.Range(0, 200).Select(day => WaveDemand.Draw(demand, Jalisco, Start, day, 1));

        Assert.All(draws, d => Assert.Equal(default, d));
    }

    /// <summary>Two waves (60% peaking on day 100, 40% on day 220), 2% attack rate, 20% hospitalised, 30% ICU.</summary>
    private static WaveDemandSettings Settings(Dictionary<string, RegionalDemand>? regions = null) => new(
        0.02,
        0.2,
        0.3,
        [new Wave(Start.AddDays(100), 10, 0.6), new Wave(Start.AddDays(220), 20, 0.4)],
        (regions ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal));

    private static double MeanDay(double[] expected) => expected.Select((e, day) => e * day).Sum() / expected.Sum();
}
