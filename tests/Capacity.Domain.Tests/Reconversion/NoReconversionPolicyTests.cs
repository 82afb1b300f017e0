using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Reconversion;

public sealed class NoReconversionPolicyTests
{
    [Fact]
    public void No_reconversion_never_changes_anything_whatever_the_occupancy()
    {
        var network = ReconversionBench.Network(("h-a", HospitalType.SecondLevel, 100), ("h-b", HospitalType.Umae, 300));
        var bench = new ReconversionBench(
            new NoReconversionPolicy(), ReconversionBench.Snapshots(network, h => new LevelCounts(10, 2)), new DateOnly(2020, 3, 1));
        var opening = bench.Hospitals;

        bench.Run(10, 1.0);
        bench.Run(10, 0.0);

        Assert.Empty(bench.Orders);
        Assert.Same(ReconversionMemory.Empty, bench.Memory);
        Assert.Equal(opening.Select(h => h.Beds), bench.Hospitals.Select(h => h.Beds));
    }

    [Fact]
    public void No_reconversion_hands_back_the_memory_it_was_given()
    {
        var memory = ReconversionMemory.Empty with { DaysAbove = 4, Reverted = true };
        var view = new ReconversionView("o01", 3, new DateOnly(2020, 3, 4), [], memory);

        var decision = new NoReconversionPolicy().Decide(view);

        Assert.Same(memory, decision.Memory);
        Assert.Empty(decision.Changes);
    }
}
