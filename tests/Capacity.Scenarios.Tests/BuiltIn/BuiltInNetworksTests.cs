using Capacity.Scenarios.BuiltIn;

namespace Capacity.Scenarios.Tests.BuiltIn;

public class BuiltInNetworksTests
{
    [Fact]
    public void Names_lists_the_full_and_the_mini_network()
    {
        Assert.Equal(["imss-2020", "imss-2020-mini"], BuiltInNetworks.Names);
    }

    [Theory]
    [InlineData("imss-2020")]
    [InlineData("imss-2020-mini")]
    public void Find_returns_the_network_under_its_own_name(string name)
    {
        var network = BuiltInNetworks.Find(name);

        Assert.NotNull(network);
        Assert.Equal(name, network.Name);
    }

    [Theory]
    [InlineData("imss-2021")]
    [InlineData("IMSS-2020")]
    [InlineData("")]
    public void Find_returns_null_for_an_unknown_name(string name)
    {
        Assert.Null(BuiltInNetworks.Find(name));
    }

    [Fact]
    public void Find_builds_each_network_once_and_returns_the_cached_instance()
    {
        var first = BuiltInNetworks.Find("imss-2020");
        var second = BuiltInNetworks.Find("imss-2020");

        Assert.Same(first, second);
    }

    [Fact]
    public void Find_returns_one_instance_to_concurrent_callers()
    {
        var networks = Enumerable.Range(0, 16)
            .AsParallel()
            .Select(_ => BuiltInNetworks.Find("imss-2020-mini"))
            .ToList();

        Assert.All(networks, n => Assert.Same(networks[0], n));
    }

    [Theory]
    [InlineData("imss-2020")]
    [InlineData("imss-2020-mini")]
    public void Every_built_in_network_has_no_structural_problems(string name)
    {
        var network = BuiltInNetworks.Find(name)!;

        Assert.Empty(network.Problems());
    }
}
