using Capacity.Domain.Network;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Network;

public sealed class HospitalNetworkTests
{
    [Fact]
    public void The_test_network_has_no_problems()
    {
        var network = TestScenarios.Network();

        Assert.Empty(network.Problems());
    }

    [Fact]
    public void An_OOAD_without_hospitals_is_a_problem_because_its_patients_would_be_lost()
    {
        var network = TestScenarios.Network();
        var empty = network with { Ooads = network.Ooads.Add(new Ooad("o99", "Empty", "Nowhere", 1_000)) };

        Assert.Equal(["OOAD 'o99' has no hospitals: its patients would have nowhere to go"], empty.Problems());
    }

    [Fact]
    public void A_hospital_naming_an_unknown_warehouse_is_a_problem()
    {
        var network = TestScenarios.Network();
        var broken = network with { Hospitals = network.Hospitals.SetItem(0, network.Hospitals[0] with { WarehouseId = "nowhere" }) };

        Assert.Equal([$"hospital '{network.Hospitals[0].Id}' names unknown or central warehouse 'nowhere'"], broken.Problems());
    }

    [Fact]
    public void Unsorted_ids_are_a_problem()
    {
        var network = TestScenarios.Network();
        var reversed = network with { Ooads = [.. network.Ooads.Reverse()] };

        Assert.Contains(reversed.Problems(), p => p.StartsWith("OOAD ids must be unique and sorted", StringComparison.Ordinal));
    }
}
