using Capacity.Domain.Care;
using Capacity.Domain.Tests.Support;
using Capacity.Domain.Ventilators;

namespace Capacity.Domain.Tests.Ventilators;

/// <summary>
/// The OOAD fleet reads its hospitals' reports by position when they come in id order (as the engines send them) and by
/// id otherwise: both must give the same fleet.
/// </summary>
public sealed class OoadFleetReportOrderTests
{
    private static readonly OoadFleet Fleet = new(["h1", "h2", "h3"], [new FleetView(2, 2, 0, 0, 0), new FleetView(4, 4, 0, 0, 0), new FleetView(6, 6, 0, 0, 0)], [0, 3, 1]);

    [Fact]
    public void Observe_takes_each_hospitals_own_report_in_any_order()
    {
        var reports = new[] { Report("h1", inService: 1, census: 1), Report("h2", inService: 5, census: 4), Report("h3", inService: 7, census: 2) };

        var inOrder = Fleet.Observe(reports);
        var reversed = Fleet.Observe(reports.Reverse());

        Assert.Equal([new FleetView(8, 1, 0, 1, 0), new FleetView(8, 5, 0, 4, 0), new FleetView(8, 7, 0, 2, 0)], inOrder.Views);
        Assert.Equal(inOrder.Views, reversed.Views);
    }

    [Fact]
    public void Observe_keeps_the_view_of_a_hospital_without_a_fleet_report()
    {
        var reports = new[] { Report("h1", inService: 1, census: 1), Report("h2", inService: 5, census: 4) with { Ventilators = null }, Report("h3", inService: 7, census: 2) };

        var observed = Fleet.Observe(reports);

        Assert.Equal(Fleet.Views[1], observed.Views[1]);
        Assert.Equal(new FleetView(8, 7, 0, 2, 0), observed.Views[2]);
    }

    [Fact]
    public void Annotate_gives_each_report_its_own_hospitals_units_in_transit_in_any_order()
    {
        var reports = new[] { Report("h1", 1, 1), Report("h2", 5, 4), Report("h3", 7, 2) };

        var inOrder = Fleet.Annotate(reports);
        var reversed = Fleet.Annotate(reports.Reverse());

        Assert.Equal([("h1", 0), ("h2", 3), ("h3", 1)], inOrder.Select(r => (r.HospitalId, r.Ventilators!.InTransit)));
        Assert.Equal([("h3", 1), ("h2", 3), ("h1", 0)], reversed.Select(r => (r.HospitalId, r.Ventilators!.InTransit)));
        Assert.Same(reports[0], inOrder[0]);
    }

    private static HospitalDayReport Report(string id, int inService, int census)
    {
        var bench = new HospitalBench(new LevelCounts(10, 8), HospitalBench.Parameters(), HospitalBench.StayForever);
        return bench.Step(default).Report with
        {
            HospitalId = id,
            Ventilators = new HospitalVentilators(inService, census, 0, 0, 0, 0, census, 0, 0, 0, 0, 0),
        };
    }
}
