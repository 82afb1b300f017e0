using Capacity.Domain.Random;
using FsCheck;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Random;

public sealed class ApportionTests
{
    [Fact]
    public void Parts_are_exactly_proportional_when_the_shares_are_whole()
    {
        var parts = Sampling.Apportion(60, [1, 2, 3]);

        Assert.Equal([10, 20, 30], parts);
    }

    [Fact]
    public void Leftover_units_go_to_the_largest_remainders()
    {
        var parts = Sampling.Apportion(7, [0.5, 0.3, 0.2]);

        Assert.Equal([4, 2, 1], parts);
    }

    [Theory]
    [InlineData(2, new[] { 1, 1, 0 })]
    [InlineData(1, new[] { 1, 0, 0 })]
    public void Equal_remainders_go_to_the_lower_index(long total, int[] expected)
    {
        var parts = Sampling.Apportion(total, [1, 1, 1]);

        Assert.Equal(expected, parts);
    }

    [Fact]
    public void Zero_and_negative_weights_get_nothing()
    {
        var parts = Sampling.Apportion(5, [0, 1, -3, 1, 0]);

        Assert.Equal([0, 3, 0, 2, 0], parts);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Nothing_to_split_gives_zero_parts(long total)
    {
        var parts = Sampling.Apportion(total, [1, 2]);

        Assert.Equal([0, 0], parts);
    }

    [Fact]
    public void Without_a_positive_weight_nothing_is_given()
    {
        var parts = Sampling.Apportion(9, [0, 0, -1]);

        Assert.Equal([0, 0, 0], parts);
    }

    [Property(MaxTest = 300)]
    public void Parts_sum_to_the_total_and_each_is_its_share_rounded_down_or_up(NonNegativeInt total, NonEmptyArray<NonNegativeInt> weights)
    {
        var w = weights.Get.Select(x => (double)(x.Get % 1_000)).ToArray();
        var sum = w.Sum();

        var parts = Sampling.Apportion(total.Get, w);

        if (sum == 0)
        {
            Assert.All(parts, p => Assert.Equal(0, p));
            return;
        }

        Assert.Equal(total.Get, parts.Sum());
        for (var i = 0; i < w.Length; i++)
        {
            var exact = total.Get * w[i] / sum;
            Assert.InRange(parts[i], Math.Floor(exact), Math.Ceiling(exact));
        }
    }

    [Property(MaxTest = 300)]
    public void The_leftover_units_go_one_each_to_the_largest_remainders_ties_to_the_lower_index(NonNegativeInt total, NonEmptyArray<NonNegativeInt> weights)
    {
        // Small weights, so equal remainders (ties) are common.
        var w = weights.Get.Select(x => (double)(x.Get % 7)).ToArray();
        var sum = w.Sum();
        var parts = Sampling.Apportion(total.Get % 1_000, w);
        if (sum == 0)
        {
            return;
        }

        var floors = w.Select(x => (int)Math.Floor(total.Get % 1_000 * x / sum)).ToArray();
        var remainders = w.Select((x, i) => (total.Get % 1_000 * x / sum) - floors[i]).ToArray();
        var leftover = (total.Get % 1_000) - floors.Sum();
        var winners = Enumerable.Range(0, w.Length)
            .Where(i => w[i] > 0)
            .OrderByDescending(i => remainders[i])
            .ThenBy(i => i)
            .Take(leftover)
            .ToHashSet();

        Assert.Equal(floors.Select((f, i) => f + (winners.Contains(i) ? 1 : 0)), parts);
    }
}
