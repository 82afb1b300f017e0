using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Supply;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Care;

/// <summary>
/// Observation stretchers as overflow for COVID ward patients in Phase III (seed 003 L2589-2592) and their recovery at
/// reversion (seed 003 L2593-2595). The bench hospital has 100 census beds: 5 stretcher places at 0.05.
/// </summary>
public sealed class StretcherTests
{
    [Fact]
    public void Ward_arrivals_take_stretchers_only_once_every_ward_bed_is_taken_and_up_to_the_places()
    {
        var bench = new HospitalBench(new LevelCounts(3, 1), HospitalBench.Parameters(), HospitalBench.StayForever, ReconversionPhase.PhaseIII);

        var reports = new[] { new LevelCounts(2, 0), new LevelCounts(4, 0), new LevelCounts(4, 0) }
            .Select(arrivals => bench.Step(arrivals).Report)
            .ToArray();

        Assert.Equal(
            [
                (new LevelCounts(2, 0), default(LevelCounts), new LevelCounts(2, 0), 0),
                (new LevelCounts(4, 0), default(LevelCounts), new LevelCounts(3, 0), 3),
                (new LevelCounts(2, 0), new LevelCounts(2, 0), new LevelCounts(3, 0), 5),
            ],
            reports.Select(r => (r.Admitted, r.TurnedAway, r.Census, r.StretcherCensus)));
        Assert.Equal(5, bench.State.StretcherCensus);
    }

    [Theory]
    [InlineData(ReconversionPhase.None)]
    [InlineData(ReconversionPhase.Scenario1)]
    [InlineData(ReconversionPhase.Scenario2)]
    [InlineData(ReconversionPhase.PhaseI)]
    [InlineData(ReconversionPhase.PhaseII)]
    [InlineData(ReconversionPhase.Reverted)]
    public void A_hospital_outside_phase_III_turns_away_ward_arrivals_beyond_its_beds(ReconversionPhase phase)
    {
        var bench = new HospitalBench(new LevelCounts(3, 1), HospitalBench.Parameters(), HospitalBench.StayForever, phase);

        var report = bench.Step(new LevelCounts(7, 0)).Report;

        Assert.Equal((new LevelCounts(3, 0), new LevelCounts(4, 0), 0), (report.Admitted, report.TurnedAway, report.StretcherCensus));
    }

    [Fact]
    public void Icu_arrivals_never_go_to_a_stretcher()
    {
        var bench = new HospitalBench(new LevelCounts(3, 1), HospitalBench.Parameters(), HospitalBench.StayForever, ReconversionPhase.PhaseIII);

        var report = bench.Step(new LevelCounts(0, 4)).Report;

        Assert.Equal((new LevelCounts(0, 1), new LevelCounts(0, 3), 0), (report.Admitted, report.TurnedAway, report.StretcherCensus));
    }

    [Fact]
    public void A_temporary_unit_has_no_observation_stretchers()
    {
        var unit = new Hospital("t1", "Temporal 1", "o01", HospitalType.TemporaryUnit, 100, "wh-o01");
        var bench = new HospitalBench(new LevelCounts(3, 1), HospitalBench.Parameters(), HospitalBench.StayForever, ReconversionPhase.PhaseIII, unit);

        var report = bench.Step(new LevelCounts(7, 0)).Report;

        Assert.Equal((new LevelCounts(3, 0), new LevelCounts(4, 0), 0), (report.Admitted, report.TurnedAway, report.StretcherCensus));
    }

    [Fact]
    public void Patients_on_stretchers_are_counted_apart_from_the_bed_census_and_leave_and_die_as_ward_patients()
    {
        var bench = new HospitalBench(new LevelCounts(2, 0), HospitalBench.Parameters(deathRate: 1), HospitalBench.LeaveAfterOneDay, ReconversionPhase.PhaseIII);

        var first = bench.Step(new LevelCounts(5, 0)).Report;
        var second = bench.Step(default).Report;

        Assert.Equal((new LevelCounts(5, 0), new LevelCounts(2, 0), 3), (first.Admitted, first.Census, first.StretcherCensus));
        Assert.Equal((new LevelCounts(5, 0), default(LevelCounts), 0), (second.Died, second.Census, second.StretcherCensus));
    }

    [Fact]
    public void After_reversion_nobody_new_goes_to_a_stretcher_and_those_on_one_finish_their_stay()
    {
        var bench = new HospitalBench(new LevelCounts(2, 0), HospitalBench.Parameters(), HospitalBench.StayForever, ReconversionPhase.PhaseIII);
        bench.Step(new LevelCounts(4, 0));

        var reverted = bench.StepWithOrder(new LevelCounts(3, 0), new LevelCounts(2, 0), ReconversionPhase.Reverted);

        Assert.Equal(ReconversionPhase.Reverted, reverted.Report.Phase);
        Assert.Equal((default(LevelCounts), new LevelCounts(3, 0), 2), (reverted.Report.Admitted, reverted.Report.TurnedAway, reverted.Report.StretcherCensus));
    }

    [Fact]
    public void Stretcher_patients_leave_on_schedule_after_reversion()
    {
        var bench = new HospitalBench(new LevelCounts(2, 0), HospitalBench.Parameters(), HospitalBench.LeaveAfterOneDay, ReconversionPhase.PhaseIII);
        bench.Step(new LevelCounts(4, 0));

        var reverted = bench.StepWithOrder(new LevelCounts(5, 0), new LevelCounts(2, 0), ReconversionPhase.Reverted).Report;

        Assert.Equal(
            (new LevelCounts(4, 0), new LevelCounts(2, 0), new LevelCounts(3, 0), new LevelCounts(2, 0), 0),
            (reverted.Discharged, reverted.Admitted, reverted.TurnedAway, reverted.Census, reverted.StretcherCensus));
    }

    [Fact]
    public void Patients_on_stretchers_use_ppe_as_ward_patients()
    {
        var mask = new ItemSettings(SupplyItem.SurgicalMask, 1, 0, 0, 1_000);
        var bench = new HospitalBench(
            new LevelCounts(1, 0), HospitalBench.Parameters(items: HospitalBench.Items(mask)), HospitalBench.StayForever, ReconversionPhase.PhaseIII)
            .WithOnHand(SupplyItem.SurgicalMask, 100);

        var report = bench.Step(new LevelCounts(3, 0)).Report;

        Assert.Equal((1, 2, 3L), (report.Census.Ward, report.StretcherCensus, report.Stock[(int)SupplyItem.SurgicalMask].Demand));
    }

    [Theory]
    [InlineData(HospitalType.SecondLevel, ReconversionPhase.PhaseIII, 100, 0.05, 5)]
    [InlineData(HospitalType.Umae, ReconversionPhase.PhaseIII, 50, 0.05, 3)]
    [InlineData(HospitalType.RuralBienestar, ReconversionPhase.PhaseIII, 30, 0.05, 2)]
    [InlineData(HospitalType.SecondLevel, ReconversionPhase.PhaseIII, 100, 0, 0)]
    [InlineData(HospitalType.SecondLevel, ReconversionPhase.PhaseII, 100, 0.05, 0)]
    [InlineData(HospitalType.SecondLevel, ReconversionPhase.Reverted, 100, 0.05, 0)]
    [InlineData(HospitalType.TemporaryUnit, ReconversionPhase.PhaseIII, 100, 0.05, 0)]
    public void Places_are_the_rounded_share_of_census_beds_in_phase_III_only(HospitalType type, ReconversionPhase phase, int censusBeds, double share, int places)
    {
        var hospital = new Hospital("h", "H", "o01", type, censusBeds, "wh-o01");

        Assert.Equal(places, Stretchers.Places(hospital, phase, share));
    }

    [Theory]
    [InlineData(0, 5, 0, 0)]
    [InlineData(3, 5, 0, 3)]
    [InlineData(9, 5, 2, 3)]
    [InlineData(4, 5, 5, 0)]
    [InlineData(4, 2, 3, 0)]
    public void Admissions_to_stretchers_are_the_overflow_capped_by_the_free_places(int overflow, int places, int onStretchers, int admitted)
    {
        Assert.Equal(admitted, Stretchers.Admit(overflow, places, onStretchers));
    }
}
