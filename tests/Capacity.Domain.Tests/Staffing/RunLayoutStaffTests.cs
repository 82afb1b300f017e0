using Capacity.Domain.Simulation;
using Capacity.Domain.Staffing;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Staffing;

public sealed class RunLayoutStaffTests
{
    private static readonly DateOnly Date = new(2020, 5, 1);

    [Fact]
    public void The_layout_splits_the_pool_by_the_reference_beds_of_each_ooads_hospitals()
    {
        var staffing = new StaffingSettings(true, 100, [], 0, StaffSplit.PlannedBeds);
        var scenario = TestScenarios.Scenario() with { Staffing = staffing };
        var layout = RunLayout.For(scenario);

        var weights = scenario.Network.Ooads
            .Select(o => (double)scenario.Network.HospitalsOf(o.Code).Sum(h => layout.ReferenceBeds(h.Id).Total))
            .ToArray();

        Assert.Equal(weights, layout.StaffWeights.AsEnumerable());
        Assert.Equal(StaffPool.ByOoad(staffing, weights, Date), layout.TeamShares(Date));
        Assert.Equal(layout.TeamShares(Date)[0], layout.TeamsAvailable(Date)!["o01"]);
        Assert.True(layout.TeamShares(Date)[0] > layout.TeamShares(Date)[1], "o01 has the UMAE, so more planned beds");
    }

    [Fact]
    public void Disabled_staffing_still_reports_shares_but_sets_no_limit()
    {
        var scenario = TestScenarios.Scenario() with { Staffing = new StaffingSettings(false, 90, [], 0) };
        var layout = RunLayout.For(scenario);

        Assert.Null(layout.TeamsAvailable(Date));
        Assert.Equal(90, layout.TeamShares(Date).Sum());
    }
}
