using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Tests.Support;
using FsCheck;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Reconversion;

public sealed class OccupancyTriggerPolicyTests
{
    private static readonly DateOnly Start = new(2020, 3, 1);

    private static readonly OccupancyTrigger Trigger = new(0.8, 0.3, 2, 50);

    /// <summary>h-a opens with 10 COVID beds; the temporary unit has the most census beds but is never converted.</summary>
    private static readonly HospitalNetwork Network = ReconversionBench.Network(
        ("h-a", HospitalType.SecondLevel, 100),
        ("h-b", HospitalType.SecondLevel, 120),
        ("r-a", HospitalType.RuralBienestar, 50),
        ("tmp-a", HospitalType.TemporaryUnit, 400));

    [Fact]
    public void One_block_is_converted_after_n_days_above_up_in_the_hospital_with_most_convertible_beds()
    {
        var bench = Bench();

        bench.Run(2, 1.0);

        // 50 beds, a fifth ICU, due lead 3 days after day 1.
        Assert.Equal([(1, new PlannedReconversion("h-b", 4, new(40, 10), ReconversionPhase.PhaseIII, HospitalRole.Hybrid))], bench.Orders);
        Assert.Equal([new ConvertedBlock("h-b", new(40, 10))], bench.Memory.Blocks.AsEnumerable());
        Assert.Equal(0, bench.Memory.DaysAbove);
    }

    [Fact]
    public void The_next_block_waits_until_the_pending_one_has_taken_effect()
    {
        var bench = Bench();

        bench.Run(5, 1.0);

        // Days 2-3 are high but h-b still reports no beds; on day 4 h-b has 70 convertible beds left, h-a 90.
        Assert.Equal(
            [
                (1, new PlannedReconversion("h-b", 4, new(40, 10), ReconversionPhase.PhaseIII, HospitalRole.Hybrid)),
                (4, new PlannedReconversion("h-a", 7, new(48, 12), ReconversionPhase.PhaseIII, HospitalRole.Hybrid)),
            ],
            bench.Orders);
    }

    [Fact]
    public void Blocks_are_reverted_last_in_first_out_after_n_days_below_down()
    {
        var bench = Bench();

        bench.Run(5, 1.0);
        bench.Run(15, 0.0);

        Assert.Equal(
            [
                (1, new PlannedReconversion("h-b", 4, new(40, 10), ReconversionPhase.PhaseIII, HospitalRole.Hybrid)),
                (4, new PlannedReconversion("h-a", 7, new(48, 12), ReconversionPhase.PhaseIII, HospitalRole.Hybrid)),
                (7, new PlannedReconversion("h-a", 10, new(8, 2), ReconversionPhase.Reverted, HospitalRole.Hybrid)),
                (10, new PlannedReconversion("h-b", 13, new(0, 0), ReconversionPhase.Reverted, HospitalRole.NonCovid)),
            ],
            bench.Orders);
        Assert.Empty(bench.Memory.Blocks);
    }

    [Fact]
    public void Turned_away_patients_fill_an_ooad_without_covid_beds_and_blocks_stop_at_the_census_beds()
    {
        var network = ReconversionBench.Network(("h-x", HospitalType.SecondLevel, 70));
        var bench = new ReconversionBench(
            new OccupancyTriggerPolicy(Trigger, 3, 0.2), ReconversionBench.Snapshots(network), Start);

        for (var day = 0; day < 12; day++)
        {
            bench.Step(h => h.Beds, _ => new LevelCounts(1, 0));
        }

        // The second block is the 20 beds left; with no census bed left the hospital is COVID-exclusive.
        Assert.Equal(
            [
                (1, new PlannedReconversion("h-x", 4, new(40, 10), ReconversionPhase.PhaseIII, HospitalRole.Hybrid)),
                (4, new PlannedReconversion("h-x", 7, new(56, 14), ReconversionPhase.PhaseIII, HospitalRole.CovidExclusive)),
            ],
            bench.Orders);
    }

    [Fact]
    public void Reverting_a_block_of_a_covid_exclusive_hospital_makes_it_hybrid()
    {
        var network = ReconversionBench.Network(("h-x", HospitalType.SecondLevel, 70));
        var bench = new ReconversionBench(
            new OccupancyTriggerPolicy(Trigger, 3, 0.2), ReconversionBench.Snapshots(network), Start);
        for (var day = 0; day < 8; day++)
        {
            bench.Step(h => h.Beds, _ => new LevelCounts(1, 0));
        }

        bench.Run(3, 0.0);

        Assert.Equal((9, new PlannedReconversion("h-x", 12, new(40, 10), ReconversionPhase.Reverted, HospitalRole.Hybrid)), bench.Orders[^1]);
    }

    [Fact]
    public void An_ooad_without_covid_beds_that_turns_nobody_away_converts_nothing()
    {
        var network = ReconversionBench.Network(("h-x", HospitalType.SecondLevel, 70));
        var bench = new ReconversionBench(
            new OccupancyTriggerPolicy(Trigger, 3, 0.2), ReconversionBench.Snapshots(network), Start);

        bench.Run(10, 1.0);

        Assert.Empty(bench.Orders);
    }

    [Property(MaxTest = 200)]
    public void Planned_covid_beds_of_every_hospital_stay_within_its_census_beds(
        NonEmptyArray<byte> censusBeds,
        byte[] occupancyPercent,
        PositiveInt blockBeds,
        byte days,
        byte leadDays,
        byte icuPercent)
    {
        var network = ReconversionBench.Network(
            [.. censusBeds.Get.Take(6).Select((b, i) => ($"h{i}", (HospitalType)(i % 4), (int)b))]);
        var trigger = new OccupancyTrigger(0.7, 0.3, days % 3 + 1, blockBeds.Get % 80 + 1);
        var policy = new OccupancyTriggerPolicy(trigger, leadDays % 4 + 1, icuPercent % 101 / 100.0);
        var opening = ReconversionBench.Snapshots(
            network, h => h.Type == HospitalType.TemporaryUnit ? default : SchedulePlan.Split(h.CensusBeds / 3, 0.25));
        var bench = new ReconversionBench(policy, opening, Start);

        foreach (var percent in occupancyPercent)
        {
            bench.Step(
                h => ReconversionBench.AtOccupancy(h.Beds, Math.Min(percent, (byte)100) / 100.0),
                _ => new LevelCounts(percent > 100 ? 1 : 0, 0));

            Assert.All(bench.Memory.Planned, p => Assert.True(
                p.Value.Beds.Ward >= 0 && p.Value.Beds.Icu >= 0
                && p.Value.Beds.Total <= network.Hospitals.Single(h => h.Id == p.Key).CensusBeds,
                $"{p.Key}: {p.Value.Beds}"));
            Assert.All(bench.Hospitals, h => Assert.InRange(h.Beds.Total, 0, h.CensusBeds));
        }
    }

    private static ReconversionBench Bench() =>
        new(
            new OccupancyTriggerPolicy(Trigger, 3, 0.2),
            ReconversionBench.Snapshots(Network, h => h.Id == "h-a" ? new LevelCounts(8, 2) : default),
            Start);
}
