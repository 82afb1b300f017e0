using Capacity.Scenarios.BuiltIn;

namespace Capacity.Scenarios.Tests.BuiltIn;

public class LargestRemainderTests
{
    [Fact]
    public void Parts_are_the_floors_plus_one_for_the_largest_remainders()
    {
        // Quotas 3.6, 2.4, 1.0 of 7: floors 3, 2, 1 leave 1 seat for the largest remainder (0.6).
        var parts = LargestRemainder.Apportion(7, [36, 24, 10]);

        Assert.Equal([4L, 2L, 1L], parts);
    }

    [Fact]
    public void Equal_remainders_go_to_the_lower_index()
    {
        var parts = LargestRemainder.Apportion(5, [1, 1, 1, 1]);

        Assert.Equal([2L, 1L, 1L, 1L], parts);
    }

    [Fact]
    public void Parts_always_sum_to_the_total()
    {
        long[] weights = [1_425_607, 798_447, 16_992_418, 731_391, 3];

        var parts = LargestRemainder.Apportion(57_556_379, weights);

        Assert.Equal(57_556_379, parts.Sum());
    }

    [Fact]
    public void A_minimum_lifts_small_parts_and_takes_the_seats_from_the_others()
    {
        // Without the minimum: 10 of weights 1, 1, 98 gives 0, 0, 10.
        var parts = LargestRemainder.Apportion(10, [1, 1, 98], minimum: 1);

        Assert.Equal([1L, 1L, 8L], parts);
    }

    [Fact]
    public void A_minimum_that_does_not_bind_leaves_the_proportional_split()
    {
        var parts = LargestRemainder.Apportion(7, [36, 24, 10], minimum: 1);

        Assert.Equal([4L, 2L, 1L], parts);
    }

    [Fact]
    public void A_total_below_the_minimums_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => LargestRemainder.Apportion(2, [1, 1, 1], minimum: 1));
    }

    [Fact]
    public void Weights_that_are_all_zero_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => LargestRemainder.Apportion(2, [0, 0]));
    }
}
