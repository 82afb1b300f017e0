using Capacity.Domain.Tests.Support;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Simulation;

/// <summary>Seed reproducibility: a run is a function of its scenario and seed, compared as canonical text.</summary>
public sealed class InlineSimulatorDeterminismTests
{
    [Property(Arbitrary = new[] { typeof(SimulationCases) }, MaxTest = 30)]
    public void The_same_scenario_and_seed_give_identical_results(SimulationCase simulation)
    {
        var first = ResultText.Of(SimulationRuns.Run(simulation.Scenario()));

        var second = ResultText.Of(SimulationRuns.Run(simulation.Scenario()));

        Assert.Equal(first, second);
    }

    [Property(Arbitrary = new[] { typeof(SimulationCases) }, MaxTest = 30)]
    public void Another_seed_gives_different_results(SimulationCase simulation)
    {
        var first = ResultText.Of(SimulationRuns.Run(simulation.Scenario()));

        var other = ResultText.Of(SimulationRuns.Run(simulation.ScenarioWithSeed(simulation.Seed + 1)));

        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Results_do_not_depend_on_the_order_in_which_the_network_lists_its_ooads()
    {
        var scenario = TestScenarios.Scenario(days: 40);
        var reversed = scenario with { Network = scenario.Network with { Ooads = [.. scenario.Network.Ooads.Reverse()] } };

        var forward = ResultText.Of(SimulationRuns.Run(scenario));

        Assert.Equal(forward, ResultText.Of(SimulationRuns.Run(reversed)));
    }
}
