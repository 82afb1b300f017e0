using System.Collections.Immutable;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;
using Capacity.Domain.Random;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Demand;

public sealed class SeirModelTests
{
    private static readonly SeirSettings Settings = new(2, 5.2, 5, 0.00001, 0.026, 7, [], false);

    [Fact]
    public void With_a_constant_r0_the_attack_rate_meets_the_final_size_relation()
    {
        // z = 1 − exp(−R0 z): for R0 = 2, z = 0.7968.
        var states = SeirModel.Run(Settings, new SeirState(1_000_000 - 10, 0, 10, 0), _ => 2, 1000);

        var attack = states[^1].Removed / 1_000_000;
        Assert.Equal(0.7968, attack, 0.002);
        Assert.True(states[^1].Exposed + states[^1].Infectious < 1, "the epidemic is not over after 1,000 days");
    }

    [Fact]
    public void Below_one_the_epidemic_dies_out()
    {
        var states = SeirModel.Run(Settings, new SeirState(1_000_000 - 100, 0, 100, 0), _ => 0.8, 1000);

        Assert.True(states[^1].Removed < 600, $"{states[^1].Removed} infected with R0 0.8 from 100");
    }

    [Property(Arbitrary = new[] { typeof(SeirCases) }, MaxTest = 60)]
    public void Both_variants_conserve_the_population_every_day(SeirCase c)
    {
        var settings = Settings with { Stochastic = c.Stochastic, LatentDays = c.LatentDays, InfectiousDays = c.InfectiousDays };
        var n = (double)c.Population;

        var states = SeirModel.Run(settings, new SeirState(n - c.Infected, 0, c.Infected, 0), day => c.R0, 200, day => CounterRng.For(c.Seed, "o01", day, RngStream.Seir));

        Assert.All(states, s =>
        {
            Assert.Equal(n, s.Population, c.Stochastic ? 0 : n * 1e-9);
            Assert.True(s.Susceptible >= -1e-6 && s.Exposed >= -1e-6 && s.Infectious >= -1e-6 && s.Removed >= -1e-6, $"{s}");
        });
        Assert.All(states.Zip(states.Skip(1)), p => Assert.True(p.Second.Susceptible <= p.First.Susceptible + 1e-9));
    }

    [Fact]
    public void A_contact_factor_of_zero_stops_new_infections_from_its_date()
    {
        var settings = Settings with { Schedule = [new TransmissionChange(new DateOnly(2020, 3, 20), 0)] };
        var start = new DateOnly(2020, 3, 1);

        var states = SeirModel.Run(settings, new SeirState(999_000, 0, 1_000, 0), day => 2 * settings.ContactFactorOn(start.AddDays(day)), 60);

        Assert.True(states[19].Susceptible < states[0].Susceptible);
        Assert.Equal(states[19].Susceptible, states[60].Susceptible);
    }

    [Fact]
    public void The_stochastic_epidemic_depends_on_the_seed_only()
    {
        var settings = Settings with { Stochastic = true };
        ImmutableArray<SeirState> Run(long seed) =>
            SeirModel.Run(settings, new SeirState(99_990, 0, 10, 0), _ => 2, 150, day => CounterRng.For(seed, "o01", day, RngStream.Seir));

        Assert.Equal(Run(3), Run(3));
        Assert.NotEqual(Run(3), Run(4));
        Assert.InRange(Run(3)[^1].Removed / 100_000, 0.70, 0.85);
    }
}

/// <summary>A random SEIR run.</summary>
public sealed record SeirCase(long Seed, int Population, int Infected, double R0, double LatentDays, double InfectiousDays, bool Stochastic);

/// <summary>FsCheck generators of <see cref="SeirCase"/>.</summary>
public static class SeirCases
{
    public static Arbitrary<SeirCase> Cases() =>
        (from seed in Gen.Choose(0, int.MaxValue)
         from population in Gen.Choose(1, 2_000_000)
         from infectedPerMille in Gen.Choose(0, 100)
         from r0Tenths in Gen.Choose(0, 60)
         from latent in Gen.Choose(1, 15)
         from infectious in Gen.Choose(1, 15)
         from stochastic in Gen.Elements(false, true)
         select new SeirCase(seed, population, (int)(population * (infectedPerMille / 1000.0)), r0Tenths / 10.0, latent, infectious, stochastic))
        .ToArbitrary();
}
