using Capacity.Domain.Care;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Care;

/// <summary>
/// Step-up (ward → ICU) and step-down (ICU → ward) inside a hospital (<see cref="LevelTransfers"/>), with rates of 0 and
/// 1 so every count is exact, and the proof that a run without transfers reproduces the results from before they existed.
/// </summary>
public sealed class LevelTransferTests
{
    /// <summary>
    /// <see cref="RunFingerprint"/> of <see cref="FingerprintScenario"/> computed on the tree before step-up and
    /// step-down were added (the commit before issue 4's transfers).
    /// </summary>
    private const string FingerprintBeforeTransfers = "426603fe523422dc336ccfa9d66da867d84a227c9576f7baf0f0a4a65e60ba47";

    [Fact]
    public void At_rate_one_ward_patients_take_the_free_icu_beds_and_the_rest_are_blocked_on_the_ward()
    {
        var bench = new HospitalBench(new LevelCounts(5, 2), HospitalBench.Parameters(stepUpRate: 1), HospitalBench.StayForever);

        var reports = new[] { new LevelCounts(3, 0), new LevelCounts(0, 0), new LevelCounts(0, 0) }
            .Select(arrivals => bench.Step(arrivals).Report)
            .ToArray();

        Assert.Equal(
            [
                (0, 0, 0, new LevelCounts(3, 0)),
                (2, 0, 1, new LevelCounts(1, 2)),
                (0, 0, 1, new LevelCounts(1, 2)),
            ],
            reports.Select(r => (r.StepUps, r.StepDowns, r.StepUpBlocked, r.Census)));
        Assert.All(reports, r => Assert.Equal((default(LevelCounts), default(LevelCounts)), (r.Discharged, r.Died)));
    }

    [Fact]
    public void Step_ups_take_icu_beds_before_new_icu_arrivals_and_free_ward_beds_for_new_ward_arrivals()
    {
        var bench = new HospitalBench(new LevelCounts(2, 2), HospitalBench.Parameters(stepUpRate: 1), HospitalBench.StayForever);
        bench.Step(new LevelCounts(2, 0));

        var report = bench.Step(new LevelCounts(2, 1)).Report;

        Assert.Equal(
            (2, 0, new LevelCounts(2, 0), new LevelCounts(0, 1), new LevelCounts(2, 2)),
            (report.StepUps, report.StepUpBlocked, report.Admitted, report.TurnedAway, report.Census));
    }

    [Fact]
    public void At_rate_zero_nobody_steps_up()
    {
        var bench = new HospitalBench(new LevelCounts(5, 2), HospitalBench.Parameters(), HospitalBench.StayForever);
        bench.Step(new LevelCounts(3, 0));

        var report = bench.Step(default).Report;

        Assert.Equal((0, 0, 0, new LevelCounts(3, 0)), (report.StepUps, report.StepDowns, report.StepUpBlocked, report.Census));
    }

    [Fact]
    public void Icu_survivors_step_down_only_into_a_free_ward_bed_before_new_ward_arrivals_and_the_rest_go_home()
    {
        var bench = new HospitalBench(new LevelCounts(1, 3), HospitalBench.Parameters(stepDownShare: 1), HospitalBench.LeaveAfterOneDay);
        bench.Step(new LevelCounts(0, 3));

        var day1 = bench.Step(new LevelCounts(1, 0)).Report;
        var day2 = bench.Step(default).Report;

        Assert.Equal(
            (1, new LevelCounts(0, 2), new LevelCounts(0, 0), new LevelCounts(1, 0), new LevelCounts(1, 0)),
            (day1.StepDowns, day1.Discharged, day1.Admitted, day1.TurnedAway, day1.Census));
        Assert.Equal((0, new LevelCounts(1, 0), default(LevelCounts)), (day2.StepDowns, day2.Discharged, day2.Census));
    }

    [Fact]
    public void At_share_zero_every_icu_survivor_goes_home()
    {
        var bench = new HospitalBench(new LevelCounts(3, 3), HospitalBench.Parameters(), HospitalBench.LeaveAfterOneDay);
        bench.Step(new LevelCounts(0, 3));

        var report = bench.Step(default).Report;

        Assert.Equal((0, new LevelCounts(0, 3), default(LevelCounts)), (report.StepDowns, report.Discharged, report.Census));
    }

    [Fact]
    public void Only_icu_survivors_step_down_deaths_are_drawn_as_before()
    {
        var bench = new HospitalBench(new LevelCounts(3, 3), HospitalBench.Parameters(deathRate: 1, stepDownShare: 1), HospitalBench.LeaveAfterOneDay);
        bench.Step(new LevelCounts(0, 2));

        var report = bench.Step(default).Report;

        Assert.Equal((0, default(LevelCounts), new LevelCounts(0, 2), default(LevelCounts)), (report.StepDowns, report.Discharged, report.Died, report.Census));
    }

    [Fact]
    public void A_run_without_transfers_reproduces_the_results_from_before_transfers_existed()
    {
        var scenario = FingerprintScenario();
        var explicitZero = scenario with { Care = scenario.Care with { StepUpRate = 0, StepDownShare = 0 } };

        var days = SimulationRuns.Run(explicitZero);

        Assert.Equal(FingerprintBeforeTransfers, RunFingerprint.Of(days));
        Assert.All(days.SelectMany(d => d.Hospitals), h => Assert.Equal((0, 0, 0), (h.StepUps, h.StepDowns, h.StepUpBlocked)));
    }

    [Fact]
    public void A_run_with_transfers_steps_patients_up_and_down_and_blocks_some_step_ups_when_icus_are_full()
    {
        var scenario = FingerprintScenario();
        scenario = scenario with { Care = scenario.Care with { StepUpRate = 0.05, StepDownShare = 0.5 } };

        var hospitals = SimulationRuns.Run(scenario).SelectMany(d => d.Hospitals).ToArray();

        Assert.True(hospitals.Sum(h => h.StepUps) > 0);
        Assert.True(hospitals.Sum(h => h.StepDowns) > 0);
        Assert.True(hospitals.Sum(h => h.StepUpBlocked) > 0);
        Assert.NotEqual(FingerprintBeforeTransfers, RunFingerprint.Of(SimulationRuns.Run(scenario)));
    }

    /// <summary>Seed 7, 90 days, attack rate 5%: full wards and ICUs and turned-away patients.</summary>
    private static Domain.Simulation.Scenario FingerprintScenario() =>
        TestScenarios.Scenario(seed: 7, days: 90, parameters: TestScenarios.Parameters(seed: 7, days: 90, attackRate: 0.05));
}
