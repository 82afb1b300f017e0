using Capacity.Domain.Random;

namespace Capacity.Domain.Tests.Random;

public sealed class CounterRngTests
{
    [Fact]
    public void The_same_seed_entity_tick_and_stream_give_the_same_first_1000_values()
    {
        var first = Take(CounterRng.For(20200227, "o01-hgz-001", 17, RngStream.Stay), 1_000);

        var second = Take(CounterRng.For(20200227, "o01-hgz-001", 17, RngStream.Stay), 1_000);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Changing_the_seed_entity_tick_or_stream_changes_the_sequence()
    {
        var reference = Take(CounterRng.For(20200227, "o01-hgz-001", 17, RngStream.Stay), 1_000);

        var others = new[]
        {
            Take(CounterRng.For(20200228, "o01-hgz-001", 17, RngStream.Stay), 1_000),
            Take(CounterRng.For(20200227, "o01-hgz-002", 17, RngStream.Stay), 1_000),
            Take(CounterRng.For(20200227, "o01-hgz-001", 18, RngStream.Stay), 1_000),
            Take(CounterRng.For(20200227, "o01-hgz-001", 17, RngStream.Outcome), 1_000),
        };

        Assert.All(others, other => Assert.Empty(reference.Intersect(other)));
    }

    [Fact]
    public void The_generator_is_pinned_to_SplitMix64_over_FNV_1a_so_every_stored_run_stays_reproducible()
    {
        // Values computed once with an independent Python transcription of CounterRng.
        var rng = CounterRng.For(20200227, "o01-hgz-001", 0, RngStream.Arrivals);

        ulong[] values = [rng.NextUInt64(), rng.NextUInt64(), rng.NextUInt64()];

        Assert.Equal([0x26b243095c0cb8a7UL, 0x5589eba1af2d6283UL, 0xfa61e6cc75e4b93dUL], values);
    }

    [Fact]
    public void A_negative_seed_is_a_valid_seed()
    {
        var rng = CounterRng.For(-1, "o01", 7, RngStream.Stay);

        ulong[] values = [rng.NextUInt64(), rng.NextUInt64(), rng.NextUInt64()];

        Assert.Equal([0x9cf467b8f43cc67dUL, 0x11071a0690343cd4UL, 0x8453ae3e9f642860UL], values);
    }

    [Theory]
    [InlineData("", 0xcbf29ce484222325UL)]
    [InlineData("a", 0xaf63dc4c8601ec8cUL)]
    [InlineData("foobar", 0x85944171f73967e8UL)]
    [InlineData("o01-hgz-001", 0x42c45b41c39cdeb7UL)]
    [InlineData("Ciudad de México", 0x8cee4d67e0dbc02bUL)]
    public void StableHash_is_FNV_1a_64_over_UTF_16_code_units(string value, ulong expected)
    {
        var hash = CounterRng.StableHash(value);

        Assert.Equal(expected, hash);
    }

    [Fact]
    public void Doubles_stay_in_their_intervals_and_average_one_half_within_5_standard_errors()
    {
        const int n = 20_000;
        var rng = CounterRng.For(3, "doubles", 0, RngStream.Stay);
        var closed = new double[n];
        var open = new double[n];

        for (var i = 0; i < n; i++)
        {
            closed[i] = rng.NextDouble();
            open[i] = rng.NextOpenDouble();
        }

        Assert.All(closed, x => Assert.InRange(x, 0.0, Math.BitDecrement(1.0)));
        Assert.All(open, x => Assert.True(x > 0 && x < 1, $"{x} is not in (0, 1)"));
        var tolerance = 5 * Math.Sqrt(1.0 / 12 / n);
        Assert.InRange(closed.Average(), 0.5 - tolerance, 0.5 + tolerance);
        Assert.InRange(open.Average(), 0.5 - tolerance, 0.5 + tolerance);
    }

    private static ulong[] Take(CounterRng rng, int count)
    {
        var values = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = rng.NextUInt64();
        }

        return values;
    }
}
