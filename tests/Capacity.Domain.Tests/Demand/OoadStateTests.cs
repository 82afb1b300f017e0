using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Demand;

public sealed class OoadStateTests
{
    private static readonly Ooad Ooad = new("o01", "OOAD 1", "State 1", 1_000_000);

    [Fact]
    public void Open_lists_hospitals_in_ordinal_id_order_with_empty_census()
    {
        var state = OoadState.Open(Ooad, [TestScenarios.Opening("o01-b", new LevelCounts(5, 1)), TestScenarios.Opening("o01-B", new LevelCounts(3, 0)), TestScenarios.Opening("o01-a", new LevelCounts(9, 2))]);

        Assert.Equal(
            [
                TestScenarios.Snapshot("o01-B", new LevelCounts(3, 0)),
                TestScenarios.Snapshot("o01-a", new LevelCounts(9, 2)),
                TestScenarios.Snapshot("o01-b", new LevelCounts(5, 1)),
            ],
            state.Hospitals);
    }

    [Fact]
    public void Observe_takes_the_reported_census_and_keeps_the_last_one_of_silent_hospitals()
    {
        var state = OoadState.Open(Ooad, [TestScenarios.Opening("o01-a", new LevelCounts(9, 2)), TestScenarios.Opening("o01-b", new LevelCounts(5, 1))]);
        var bench = new HospitalBench(new LevelCounts(9, 2), HospitalBench.Parameters(), HospitalBench.StayForever);
        var report = bench.Step(new LevelCounts(4, 1)).Report with { HospitalId = "o01-a" };

        var observed = state.Observe([report]);

        Assert.Equal([new LevelCounts(4, 1), default], observed.Hospitals.Select(h => h.Census));
        Assert.Equal([new LevelCounts(5, 1), new LevelCounts(5, 1)], observed.Hospitals.Select(h => h.Free));
    }

    [Fact]
    public void Observe_takes_each_hospitals_own_report_in_any_order()
    {
        var state = OoadState.Open(Ooad, [TestScenarios.Opening("o01-a", new LevelCounts(9, 2)), TestScenarios.Opening("o01-b", new LevelCounts(5, 1))]);
        var a = new HospitalBench(new LevelCounts(9, 2), HospitalBench.Parameters(), HospitalBench.StayForever)
            .Step(new LevelCounts(4, 1)).Report with { HospitalId = "o01-a" };
        var b = new HospitalBench(new LevelCounts(5, 1), HospitalBench.Parameters(), HospitalBench.StayForever)
            .Step(new LevelCounts(2, 0)).Report with { HospitalId = "o01-b" };

        var inOrder = state.Observe([a, b]);
        var reversed = state.Observe([b, a]);

        Assert.Equal([new LevelCounts(4, 1), new LevelCounts(2, 0)], inOrder.Hospitals.Select(h => h.Census));
        Assert.Equal(inOrder.Hospitals, reversed.Hospitals);
    }

    [Fact]
    public void RouteArrivals_routes_the_days_draw_over_the_hospitals()
    {
        var parameters = TestScenarios.Parameters();
        var state = OoadState.Open(Ooad, [TestScenarios.Opening("o01-a", new LevelCounts(90, 20)), TestScenarios.Opening("o01-b", new LevelCounts(10, 5))]);

        var routed = state.RouteArrivals(DemandCurve.For(parameters.Demand, Ooad, parameters.Start, parameters.Days, parameters.Seed), 30, parameters.Seed);

        var drawn = WaveDemand.Draw(parameters.Demand, Ooad, parameters.Start, 30, parameters.Seed);
        Assert.Equal(AdmissionRouting.Route(drawn, state.Hospitals), routed);
        Assert.True(drawn.Total > 0);
    }
}
