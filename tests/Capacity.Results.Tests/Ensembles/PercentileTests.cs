using Capacity.Results.Ensembles;
using Capacity.Results.Statistics;

namespace Capacity.Results.Tests.Ensembles;

public sealed class PercentileTests
{
    [Fact]
    public void Type_7_percentiles_of_1_to_101_are_6_51_and_96()
    {
        var values = Enumerable.Range(1, 101).Select(i => (double)i).Reverse().ToArray();

        Assert.Equal((6.0, 51.0, 96.0), (Percentile.Type7(values, 0.05), Percentile.Type7(values, 0.5), Percentile.Type7(values, 0.95)));
    }

    [Fact]
    public void Type_7_interpolates_between_order_statistics()
    {
        // n = 4, p = 0.5 → h = 1.5: halfway between the 2nd and 3rd values.
        Assert.Equal(2.5, Percentile.Type7([4.0, 1.0, 3.0, 2.0], 0.5));
        Assert.Equal(1.15, Percentile.Type7([4.0, 1.0, 3.0, 2.0], 0.05), 12);
    }

    [Fact]
    public void A_band_leaves_nulls_out_and_is_empty_without_values()
    {
        Assert.Equal(new Band(2, 2.0, 1.1, 2.0, 2.9), Band.Of([1.0, null, 3.0]) with { P5 = 1.1, P95 = 2.9 });
        Assert.Equal(0, Band.Of([null, null]).Count);
        Assert.Null(Band.Of([]).P50);
    }

    [Fact]
    public void Replica_seeds_are_the_base_plus_the_replica_index()
    {
        Assert.Equal([20L, 21L, 22L, 23L], ReplicaSeeds.For(20, 4));
        Assert.Equal("replica-007", ReplicaSeeds.DirectoryName(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReplicaSeeds.For(long.MaxValue, 2));
    }
}
