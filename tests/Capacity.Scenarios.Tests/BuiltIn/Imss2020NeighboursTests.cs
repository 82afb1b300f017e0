using Capacity.Scenarios.BuiltIn;

namespace Capacity.Scenarios.Tests.BuiltIn;

public class Imss2020NeighboursTests
{
    private static readonly Domain.Network.HospitalNetwork Network = BuiltInNetworks.Find(BuiltInNetworks.Imss2020)!;

    [Fact]
    public void Every_ooad_borders_at_least_one_other_and_every_border_runs_both_ways()
    {
        var map = Imss2020Neighbours.For(Network);

        Assert.Equal(Network.Ooads.Select(o => o.Code), map.Keys);
        Assert.All(map, p => Assert.NotEmpty(p.Value));
        Assert.All(map, p => Assert.All(p.Value, other => Assert.Contains(p.Key, map[other])));
        Assert.All(map, p => Assert.DoesNotContain(p.Key, p.Value));
    }

    [Fact]
    public void Each_border_is_listed_once_between_known_ooads()
    {
        var codes = Network.Ooads.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);

        Assert.All(Imss2020Neighbours.Borders, b => Assert.True(codes.Contains(b.A) && codes.Contains(b.B), $"{b.A}-{b.B}"));
        Assert.Equal(Imss2020Neighbours.Borders.Count, Imss2020Neighbours.Borders.Select(b => string.CompareOrdinal(b.A, b.B) < 0 ? (b.A, b.B) : (b.B, b.A)).Distinct().Count());
    }

    [Theory]
    [InlineData("bcs", "bc")]
    [InlineData("yuc", "camp,qroo")]
    [InlineData("cdmx-sur", "cdmx-norte,mex-oriente,mex-poniente,mor")]
    [InlineData("ags", "jal,zac")]
    public void Known_borders_of_the_peninsulas_the_capital_and_the_smallest_states(string code, string expected)
    {
        Assert.Equal(expected.Split(','), Imss2020Neighbours.For(Network)[code]);
    }

    [Fact]
    public void In_a_subset_network_only_the_borders_between_its_own_ooads_remain()
    {
        var mini = BuiltInNetworks.Find(BuiltInNetworks.Imss2020Mini)!;

        var map = Imss2020Neighbours.For(mini);

        Assert.Equal(mini.Ooads.Select(o => o.Code), map.Keys);
        Assert.All(map.Values, codes => Assert.Empty(codes));
    }
}
