using Capacity.Domain.Care;
using Capacity.Domain.Simulation;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Care;

/// <summary>Patient flow and capacity events of one hospital day (PPE is in <see cref="HospitalDayStockTests"/>).</summary>
public sealed class HospitalDayTests
{
    [Fact]
    public void Arrivals_beyond_free_beds_are_turned_away()
    {
        var bench = new HospitalBench(new LevelCounts(3, 1), HospitalBench.Parameters(), HospitalBench.StayForever);
        bench.Step(new LevelCounts(2, 0));

        var report = bench.Step(new LevelCounts(4, 3)).Report;

        Assert.Equal(new LevelCounts(4, 3), report.Arrivals);
        Assert.Equal(new LevelCounts(1, 1), report.Admitted);
        Assert.Equal(new LevelCounts(3, 2), report.TurnedAway);
        Assert.Equal(new LevelCounts(3, 1), report.Census);
    }

    [Fact]
    public void A_day_that_changes_nothing_keeps_yesterdays_state_and_a_day_with_a_patient_does_not()
    {
        var parameters = HospitalBench.Parameters();
        var bench = new HospitalBench(new LevelCounts(3, 1), parameters, HospitalBench.StayForever);
        // The first days fill the reorder forecast's window with the days' (zero) demand.
        for (var day = 0; day < parameters.Supply.ForecastWindowDays; day++)
        {
            bench.Step(default);
        }

        var opening = bench.State;
        var quiet = bench.Step(default);
        var busy = bench.Step(new LevelCounts(1, 0));

        Assert.Same(opening, quiet.Next);
        Assert.NotSame(opening, busy.Next);
        Assert.Equal(new LevelCounts(1, 0), busy.Next.Census);
        Assert.Equal(opening with { Ward = busy.Next.Ward }, busy.Next);
    }

    [Fact]
    public void Admissions_use_the_beds_freed_by_the_days_departures()
    {
        var bench = new HospitalBench(new LevelCounts(3, 2), HospitalBench.Parameters(), HospitalBench.LeaveAfterOneDay);
        bench.Step(new LevelCounts(3, 2));

        var report = bench.Step(new LevelCounts(5, 2)).Report;

        Assert.Equal(new LevelCounts(3, 2), report.Discharged);
        Assert.Equal(new LevelCounts(3, 2), report.Admitted);
        Assert.Equal(new LevelCounts(2, 0), report.TurnedAway);
        Assert.Equal(new LevelCounts(3, 2), report.Census);
    }

    [Fact]
    public void Every_leaver_dies_when_the_death_rate_is_one()
    {
        var bench = new HospitalBench(new LevelCounts(10, 10), HospitalBench.Parameters(deathRate: 1), HospitalBench.LeaveAfterOneDay);
        bench.Step(new LevelCounts(7, 4));

        var report = bench.Step(default).Report;

        Assert.Equal(new LevelCounts(7, 4), report.Died);
        Assert.Equal(default, report.Discharged);
        Assert.Equal(0, report.TurnedAwayDeaths);
    }

    [Fact]
    public void Every_leaver_goes_home_when_the_death_rate_is_zero()
    {
        var bench = new HospitalBench(new LevelCounts(10, 10), HospitalBench.Parameters(deathRate: 0), HospitalBench.LeaveAfterOneDay);
        bench.Step(new LevelCounts(7, 4));

        var report = bench.Step(default).Report;

        Assert.Equal(new LevelCounts(7, 4), report.Discharged);
        Assert.Equal(default, report.Died);
    }

    [Fact]
    public void Turned_away_patients_all_die_when_their_death_rate_is_one()
    {
        var bench = new HospitalBench(new LevelCounts(2, 1), HospitalBench.Parameters(turnedAwayDeathRate: 1), HospitalBench.StayForever);

        var report = bench.Step(new LevelCounts(9, 4)).Report;

        Assert.Equal(new LevelCounts(7, 3), report.TurnedAway);
        Assert.Equal(10, report.TurnedAwayDeaths);
        Assert.Equal(default, report.Died);
    }

    [Fact]
    public void Census_stays_within_beds_and_balances_admissions_and_departures_every_day()
    {
        var beds = new LevelCounts(10, 4);
        var parameters = HospitalBench.Parameters(deathRate: 0.3, turnedAwayDeathRate: 0.5);
        var bench = new HospitalBench(beds, parameters, StayHazards.Gamma(5, 0.7, HospitalBench.MaxStayDays));
        var previous = default(LevelCounts);

        var reports = Enumerable.Range(0, 40).Select(day => bench.Step(new LevelCounts(day * 7 % 13, day * 3 % 5)).Report).ToArray();

        foreach (var report in reports)
        {
            Assert.Equal(previous + report.Admitted - report.Discharged - report.Died, report.Census);
            Assert.Equal(report.Arrivals, report.Admitted + report.TurnedAway);
            Assert.InRange(report.Census.Ward, 0, beds.Ward);
            Assert.InRange(report.Census.Icu, 0, beds.Icu);
            Assert.InRange(report.TurnedAwayDeaths, 0, report.TurnedAway.Total);
            previous = report.Census;
        }

        Assert.Contains(reports, r => r.TurnedAway.Total > 0);
        Assert.Equal(reports[^1].Census, bench.State.Census);
    }

    [Fact]
    public void A_level_reaches_capacity_when_full_and_is_relieved_only_below_90_percent()
    {
        var bench = new HospitalBench(new LevelCounts(10, 0), HospitalBench.Parameters(), HospitalBench.LeaveAfterOneDay);

        var events = new[] { 10, 9, 10, 8, 12, 9 }
            .SelectMany(ward => bench.Step(new LevelCounts(ward, 0)).Events)
            .ToArray();

        Assert.Equal(
            [
                new SimEvent(0, "h1", EventKind.CapacityReached, "ward", "census 10 of 10 beds"),
                new SimEvent(3, "h1", EventKind.CapacityRelieved, "ward", "census 8 of 10 beds"),
                new SimEvent(4, "h1", EventKind.CapacityReached, "ward", "census 10 of 10 beds"),
            ],
            events);
        Assert.Equal((true, false), bench.State.Full);
    }

    [Fact]
    public void Icu_capacity_events_name_the_icu()
    {
        var bench = new HospitalBench(new LevelCounts(10, 2), HospitalBench.Parameters(), HospitalBench.LeaveAfterOneDay);

        var events = new[] { 2, 1 }.SelectMany(icu => bench.Step(new LevelCounts(0, icu)).Events).ToArray();

        Assert.Equal(
            [
                new SimEvent(0, "h1", EventKind.CapacityReached, "icu", "census 2 of 2 beds"),
                new SimEvent(1, "h1", EventKind.CapacityRelieved, "icu", "census 1 of 2 beds"),
            ],
            events);
    }

    [Fact]
    public void A_level_without_beds_never_reports_capacity_events()
    {
        var bench = new HospitalBench(new LevelCounts(0, 0), HospitalBench.Parameters(), HospitalBench.LeaveAfterOneDay);

        var steps = Enumerable.Range(0, 3).Select(_ => bench.Step(new LevelCounts(4, 2))).ToArray();

        Assert.All(steps, s => Assert.Empty(s.Events));
        Assert.All(steps, s => Assert.Equal(new LevelCounts(4, 2), s.Report.TurnedAway));
    }

    [Fact]
    public void The_report_names_the_hospital_its_ooad_and_its_beds()
    {
        var bench = new HospitalBench(new LevelCounts(6, 2), HospitalBench.Parameters(), HospitalBench.StayForever);

        var report = bench.Step(default).Report;

        Assert.Equal((0, "h1", "o01", new LevelCounts(6, 2)), (report.Day, report.HospitalId, report.OoadCode, report.Beds));
    }
}
