using Capacity.Domain.Care;
using Capacity.Domain.Simulation;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Ventilators;

public sealed class VentilatorGateTests
{
    [Fact]
    public void Ventilator_shortage_caps_icu_admissions()
    {
        // 10 ICU beds, 2 ventilators (0.2 per bed), every ICU patient needs one: 2 of 8 ICU arrivals are admitted.
        var bench = new HospitalBench(new LevelCounts(10, 10), FleetBench.Parameters(FleetBench.Settings(initialPerIcuBed: 0.2)), HospitalBench.StayForever);

        var report = bench.Step(new LevelCounts(0, 8)).Report;

        Assert.Equal(2, report.Admitted.Icu);
        Assert.Equal(6, report.TurnedAway.Icu);
        Assert.Equal(6, report.TransferCandidates.Icu);
        Assert.Equal(new(2, 2, 0, 0, 6, 0, 2, 0, 0, 0, 0, 0), report.Ventilators);
        Assert.Equal(2, report.Census.Icu);
    }

    [Fact]
    public void A_full_fleet_admits_every_icu_patient_a_bed_allows()
    {
        var bench = new HospitalBench(new LevelCounts(10, 10), FleetBench.Parameters(FleetBench.Settings()), HospitalBench.StayForever);

        var report = bench.Step(new LevelCounts(0, 8)).Report;

        Assert.Equal(8, report.Admitted.Icu);
        Assert.Equal(0, report.TurnedAway.Icu);
        Assert.Equal(0, report.Ventilators!.Short);
        Assert.Equal(8, report.Ventilators.InUse);
    }

    [Fact]
    public void Patients_who_need_no_ventilator_are_admitted_without_one()
    {
        var bench = new HospitalBench(new LevelCounts(10, 10), FleetBench.Parameters(FleetBench.Settings(initialPerIcuBed: 0, ventilatedShare: 0)), HospitalBench.StayForever);

        var report = bench.Step(new LevelCounts(0, 8)).Report;

        Assert.Equal(8, report.Admitted.Icu);
        Assert.Equal(0, report.Ventilators!.VentilatedCensus);
    }

    [Fact]
    public void Refused_patients_draw_the_turned_away_death_rate()
    {
        var bench = new HospitalBench(
            new LevelCounts(10, 10), FleetBench.Parameters(FleetBench.Settings(initialPerIcuBed: 0), turnedAwayDeathRate: 1), HospitalBench.StayForever);

        var report = bench.Step(new LevelCounts(0, 5)).Report;

        Assert.Equal(5, report.TurnedAwayDeaths);
    }

    [Fact]
    public void A_broken_ventilator_exposes_its_patient_to_the_loss_death_risk_and_goes_to_repair()
    {
        // Day 0: 3 patients on 3 units. Day 1: every unit breaks, every patient without one dies.
        var settings = FleetBench.Settings(failureRate: 0, lossDeathRate: 1, repairDays: 2);
        var bench = new HospitalBench(new LevelCounts(3, 3), FleetBench.Parameters(settings), HospitalBench.StayForever);
        bench.Step(new LevelCounts(0, 3));
        var broken = FleetBench.Parameters(settings with { FailureRate = 1 });
        var step = HospitalDay.Step(bench.State, new HospitalDayInput(1, default, [], []), broken, HospitalBench.StayForever, HospitalBench.StayForever);

        Assert.Equal(3, step.Report.Ventilators!.Failures);
        Assert.Equal(3, step.Report.Ventilators.InRepair);
        Assert.Equal(3, step.Report.Ventilators.LossDeaths);
        Assert.Equal(3, step.Report.Died.Icu);
        Assert.Equal(0, step.Report.Census.Icu);
        Assert.Contains(step.Events, e => e.Kind == EventKind.VentilatorShortageStarted);

        // The shortage ends the next day (nobody is left without a unit); two days later the units are back in service.
        var later = HospitalDay.Step(step.Next, new HospitalDayInput(2, default, [], []), FleetBench.Parameters(settings), HospitalBench.StayForever, HospitalBench.StayForever);
        var back = HospitalDay.Step(later.Next, new HospitalDayInput(3, default, [], []), FleetBench.Parameters(settings), HospitalBench.StayForever, HospitalBench.StayForever);
        Assert.Equal((0, 3), (later.Report.Ventilators!.InService, later.Report.Ventilators.InRepair));
        Assert.Equal((3, 0), (back.Report.Ventilators!.InService, back.Report.Ventilators.InRepair));
        Assert.Contains(later.Events, e => e.Kind == EventKind.VentilatorShortageEnded);
    }

    [Fact]
    public void Fewer_ventilators_cap_icu_admissions_and_raise_mortality_over_a_run()
    {
        var many = SimulationRuns.Run(FleetBench.Scenario(FleetBench.Settings(initialPerIcuBed: 1, ventilatedShare: 0.87), FleetBench.Deliveries(0)));
        var few = SimulationRuns.Run(FleetBench.Scenario(FleetBench.Settings(initialPerIcuBed: 0.1, ventilatedShare: 0.87), FleetBench.Deliveries(0)));

        long IcuAdmitted(IEnumerable<DayResult> days) => days.SelectMany(d => d.Hospitals).Sum(h => (long)h.Admitted.Icu);
        long Short(IEnumerable<DayResult> days) => days.SelectMany(d => d.Hospitals).Sum(h => (long)h.Ventilators!.Short);
        Assert.True(Short(few) > Short(many), $"refused: few {Short(few)}, many {Short(many)}");
        Assert.True(IcuAdmitted(few) < IcuAdmitted(many), $"ICU admitted: few {IcuAdmitted(few)}, many {IcuAdmitted(many)}");
        Assert.True(FleetBench.Deaths(few) > FleetBench.Deaths(many), $"deaths: few {FleetBench.Deaths(few)}, many {FleetBench.Deaths(many)}");
    }

    [Fact]
    public void A_fleet_that_is_off_reproduces_the_run_without_one_exactly()
    {
        var scenario = TestScenarios.Scenario(days: 60);
        var off = FleetBench.Settings() with { Enabled = false };

        var without = RunFingerprint.Of(SimulationRuns.Run(scenario));
        var disabled = SimulationRuns.Run(scenario with { Ventilators = off });

        Assert.Equal(without, RunFingerprint.Of(disabled));
        Assert.All(disabled.SelectMany(d => d.Hospitals), h => Assert.Null(h.Ventilators));
    }
}
