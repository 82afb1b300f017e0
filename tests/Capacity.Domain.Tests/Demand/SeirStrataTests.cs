using System.Collections.Immutable;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;
using Capacity.Domain.Random;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Demand;

/// <summary>Age or risk groups of the SEIR model (<see cref="SeirStratum"/>): proportionate mixing.</summary>
public sealed class SeirStrataTests
{
    private static readonly SeirSettings Settings = new(2, 5.2, 5, 0.00001, 0.026, 7, [], false);

    private static ImmutableArray<SeirState> Seeded(params (double Population, double Infectious)[] groups) =>
        [.. groups.Select(g => new SeirState(g.Population - g.Infectious, 0, g.Infectious, 0))];

    [Fact]
    public void Splitting_a_population_into_alike_groups_gives_the_same_epidemic()
    {
        var strata = ImmutableArray.Create(new SeirStratum("a", 0.2, 1, 1, 0.01, null), new SeirStratum("b", 0.5, 1, 1, 0.01, null), new SeirStratum("c", 0.3, 1, 1, 0.01, null));

        var whole = SeirModel.Run(Settings, new SeirState(1_000_000 - 100, 0, 100, 0), _ => 2, 300);
        var split = SeirModel.RunGroups(Settings with { Strata = strata }, Seeded((200_000, 20), (500_000, 50), (300_000, 30)), _ => 2, 300);

        for (var day = 0; day <= 300; day += 25)
        {
            Assert.Equal(whole[day].Removed, split[day].Sum(s => s.Removed), 1e-6 * 1_000_000);
            Assert.Equal(whole[day].Infectious, split[day].Sum(s => s.Infectious), 1e-6 * 1_000_000);
        }
    }

    [Fact]
    public void With_a_constant_r0_every_group_meets_the_proportionate_mixing_final_size_relation()
    {
        // z_k = 1 − exp(−R0 · c_k s_k · Σ_j c_j N_j z_j ÷ Σ_j c_j N_j), solved by fixed-point iteration.
        var strata = ImmutableArray.Create(new SeirStratum("young", 0.6, 1.4, 1, 0.01, null), new SeirStratum("old", 0.4, 0.4, 1.2, 0.1, null));
        var n = new[] { 600_000.0, 400_000.0 };
        var (c, s) = (strata.Select(g => g.RelativeContact).ToArray(), strata.Select(g => g.RelativeSusceptibility).ToArray());
        var z = new[] { 0.5, 0.5 };
        for (var iteration = 0; iteration < 500; iteration++)
        {
            var pressure = ((c[0] * n[0] * z[0]) + (c[1] * n[1] * z[1])) / ((c[0] * n[0]) + (c[1] * n[1]));
            z = [1 - Math.Exp(-2.5 * c[0] * s[0] * pressure), 1 - Math.Exp(-2.5 * c[1] * s[1] * pressure)];
        }

        var states = SeirModel.RunGroups(Settings with { Strata = strata }, Seeded((600_000, 6), (400_000, 4)), _ => 2.5, 2000);

        Assert.Equal(z[0], states[^1][0].Removed / n[0], 0.003);
        Assert.Equal(z[1], states[^1][1].Removed / n[1], 0.003);
        Assert.True(z[1] < z[0] - 0.1, $"the low-contact group should be infected less: {z[1]} vs {z[0]}");
    }

    [Property(Arbitrary = new[] { typeof(StrataCases) }, MaxTest = 40)]
    public void Every_group_keeps_its_population_in_both_variants(StrataCase c)
    {
        var strata = ImmutableArray.Create(new SeirStratum("a", 0.5, c.ContactA, 1, 0.01, null), new SeirStratum("b", 0.5, c.ContactB, c.SusceptibilityB, 0.05, null));
        var settings = Settings with { Strata = strata, Stochastic = c.Stochastic };

        var states = SeirModel.RunGroups(settings, Seeded((c.Population, 10), (c.Population, 0)), _ => c.R0, 150, day => CounterRng.For(c.Seed, "o01", day, RngStream.Seir));

        Assert.All(states, day => Assert.All(day, s =>
        {
            Assert.Equal(c.Population, s.Population, c.Stochastic ? 0 : c.Population * 1e-9);
            Assert.True(s.Susceptible >= -1e-6 && s.Exposed >= -1e-6 && s.Infectious >= -1e-6, $"{s}");
        }));
    }

    [Fact]
    public void The_curve_sums_the_groups_admissions_and_mixes_their_icu_shares_by_admissions()
    {
        var ooad = new Ooad("o01", "Uno", "Estado", 1_000_000);
        var strata = ImmutableArray.Create(new SeirStratum("young", 0.7, 1, 1, 0.004, 0.05), new SeirStratum("old", 0.3, 1, 1, 0.1, null));
        var waves = new WaveDemandSettings(0.01, 0.2, 0.3, [new Wave(new DateOnly(2020, 6, 1), 28, 1)], ImmutableSortedDictionary.Create<string, RegionalDemand>(StringComparer.Ordinal));
        var demand = waves with { Model = DemandModelKind.Seir, Seir = Settings with { Strata = strata } };
        var homogeneous = demand with { Seir = Settings with { HospitalisedShareOfInfections = (0.7 * 0.004) + (0.3 * 0.1) } };

        var curve = DemandCurve.For(demand, ooad, new DateOnly(2020, 3, 1), 200, 1);
        var plain = DemandCurve.For(homogeneous, ooad, new DateOnly(2020, 3, 1), 200, 1);

        // Alike mixing: the same onsets in every group, so the admissions equal the homogeneous model's with the mean share.
        var peak = Enumerable.Range(0, 200).MaxBy(curve.Expected);
        Assert.Equal(plain.Expected(peak), curve.Expected(peak), plain.Expected(peak) * 1e-9);
        var expectedIcu = ((0.7 * 0.004 * 0.05) + (0.3 * 0.1 * demand.IcuShareOfHospitalised)) / ((0.7 * 0.004) + (0.3 * 0.1));
        Assert.Equal(expectedIcu, curve.IcuShare(peak), 1e-9);
        Assert.Equal(demand.IcuShareOfHospitalised, plain.IcuShare(peak));
    }
}

/// <summary>A random two-group SEIR run.</summary>
public sealed record StrataCase(long Seed, int Population, double R0, double ContactA, double ContactB, double SusceptibilityB, bool Stochastic);

/// <summary>FsCheck generators of <see cref="StrataCase"/>.</summary>
public static class StrataCases
{
    public static Arbitrary<StrataCase> Cases() =>
        (from seed in Gen.Choose(0, 10_000)
         from population in Gen.Choose(1_000, 200_000)
         from r0 in Gen.Choose(5, 40).Select(r => r / 10.0)
         from a in Gen.Choose(0, 30).Select(x => x / 10.0)
         from b in Gen.Choose(0, 30).Select(x => x / 10.0)
         from sb in Gen.Choose(0, 20).Select(x => x / 10.0)
         from stochastic in Gen.Elements(true, false)
         select new StrataCase(seed, population, r0, a, b, sb, stochastic)).ToArbitrary();
}
