using Capacity.Domain.Supply;
using Capacity.Results.Tests.TestData;
using static Capacity.Results.Tests.TestData.DayBuilder;

namespace Capacity.Results.Tests.Recording;

public sealed class KpiTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Kpis_sum_flows_over_the_run_and_keep_the_first_date_of_each_peak()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var expected = new RunKpis(
            TotalArrivals: 34,
            TotalAdmittedWard: 21,
            TotalAdmittedIcu: 6,
            TotalTurnedAwayWard: 4,
            TotalTurnedAwayIcu: 3,
            TurnedAwayShare: 7.0 / 34,
            DeathsInCare: 1,
            DeathsTurnedAway: 3,
            PeakCensusWard: 18,
            PeakCensusWardDate: new DateOnly(2020, 3, 3),
            PeakCensusIcu: 6,
            PeakCensusIcuDate: new DateOnly(2020, 3, 2),
            PeakOccupancyWard: 18.0 / 23,
            PeakOccupancyIcu: 1.0,
            HospitalDaysAtCapacity: 3,
            StockOutHospitalDays: 3,
            PpeShortfallUnits: outcome.Kpis.PpeShortfallUnits,
            FirstTurnedAwayDate: new DateOnly(2020, 3, 2),
            PeakStretcherCensus: 2,
            PeakStretcherCensusDate: new DateOnly(2020, 3, 3),
            NonCovidDemandBedDays: 3 * (30 + 14 + 40),
            DeferredBedDays: 3 * (2 + 2),
            DeferredAdmissions: 12 / 5.24);
        Assert.Equal(expected, outcome.Kpis);
        Assert.Equal([5L, 7L, 0L, 0L, 0L, 0L], outcome.Kpis.PpeShortfallUnits);
        Assert.Equal(7, outcome.Kpis.ShortfallUnits(SupplyItem.N95Respirator));
        Assert.Equal(27, outcome.Kpis.TotalAdmitted);
        Assert.Equal(7, outcome.Kpis.TotalTurnedAway);
    }

    [Fact]
    public async Task A_quiet_run_has_no_turned_away_date_a_zero_share_and_no_occupancy_without_beds()
    {
        var scenario = SmallRun.Scenario();
        var days = SmallRun.Days(scenario).Select(d => d with
        {
            Hospitals = [.. d.Hospitals.Select(h => QuietHospital(h.Day, h.HospitalId, h.OoadCode, L(0, 0)))],
            Events = [],
        });

        var outcome = await Runs.RecordAsync(_root.Combine("run"), scenario, days);

        Assert.Null(outcome.Kpis.FirstTurnedAwayDate);
        Assert.Equal(0, outcome.Kpis.TurnedAwayShare);
        Assert.Null(outcome.Kpis.PeakOccupancyWard);
        Assert.Null(outcome.Kpis.PeakOccupancyIcu);
        Assert.Equal(0, outcome.Kpis.PeakCensusWard);
        Assert.Equal(new DateOnly(2020, 3, 1), outcome.Kpis.PeakCensusWardDate);
        Assert.Equal((0, new DateOnly(2020, 3, 1)), (outcome.Kpis.PeakStretcherCensus, outcome.Kpis.PeakStretcherCensusDate));
        Assert.Equal((0L, 0L, 0.0), (outcome.Kpis.NonCovidDemandBedDays, outcome.Kpis.DeferredBedDays, outcome.Kpis.DeferredAdmissions));
    }
}
