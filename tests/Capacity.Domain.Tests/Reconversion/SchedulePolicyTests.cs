using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Reconversion;

public sealed class SchedulePolicyTests
{
    private static readonly DateOnly Start = new(2020, 3, 1);

    private static readonly HospitalNetwork Network = ReconversionBench.Network(
        ("h-a", HospitalType.SecondLevel, 100),
        ("h-b", HospitalType.SecondLevel, 100),
        ("tmp-a", HospitalType.TemporaryUnit, 40));

    private static readonly PlannedBeds HybridA = new(new(30, 10), ReconversionPhase.PhaseIII, HospitalRole.Hybrid);

    private static readonly PlannedBeds ExclusiveB = new(new(60, 20), ReconversionPhase.PhaseIII, HospitalRole.CovidExclusive);

    private static readonly PlannedBeds OpenTemporary = new(new(32, 8), ReconversionPhase.PhaseIII, HospitalRole.Temporary);

    private static readonly PlannedBeds Closed = new(default, ReconversionPhase.Reverted, HospitalRole.NonCovid);

    [Fact]
    public void Each_change_is_issued_once_lead_days_ahead_and_due_on_its_date()
    {
        var plan = Plan(
            ("h-a", 10, new(new(20, 5), ReconversionPhase.PhaseI, HospitalRole.Hybrid)),
            ("h-b", 3, new(new(10, 2), ReconversionPhase.PhaseI, HospitalRole.Hybrid)),
            ("h-a", 20, new(new(40, 10), ReconversionPhase.PhaseII, HospitalRole.Hybrid)));
        var bench = new ReconversionBench(new SchedulePolicy(plan, Start, 5, null, []), ReconversionBench.Snapshots(Network), Start);

        bench.Run(25, 0.5);

        Assert.Equal(
            [
                (0, new PlannedReconversion("h-b", 3, new(10, 2), ReconversionPhase.PhaseI, HospitalRole.Hybrid)),
                (5, new PlannedReconversion("h-a", 10, new(20, 5), ReconversionPhase.PhaseI, HospitalRole.Hybrid)),
                (15, new PlannedReconversion("h-a", 20, new(40, 10), ReconversionPhase.PhaseII, HospitalRole.Hybrid)),
            ],
            bench.Orders);
    }

    [Fact]
    public void Changes_already_overdue_at_a_decision_are_due_the_next_day()
    {
        var plan = Plan(("h-a", 10, HybridA), ("h-b", 3, ExclusiveB));
        var policy = new SchedulePolicy(plan, Start, 5, null, []);

        var decision = policy.Decide(View(7, ReconversionMemory.Empty));

        Assert.Equal(
            [
                new PlannedReconversion("h-b", 8, ExclusiveB.Beds, ExclusiveB.Phase, ExclusiveB.Role),
                new PlannedReconversion("h-a", 10, HybridA.Beds, HybridA.Phase, HybridA.Role),
            ],
            decision.Changes.AsEnumerable());
        Assert.Equal([("h-a", HybridA), ("h-b", ExclusiveB)], decision.Memory.Planned.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void Two_overdue_changes_of_one_hospital_send_only_the_later()
    {
        var phaseI = new PlannedBeds(new(10, 2), ReconversionPhase.PhaseI, HospitalRole.Hybrid);
        var plan = Plan(("h-a", 2, phaseI), ("h-a", 4, HybridA));
        var policy = new SchedulePolicy(plan, Start, 5, null, []);

        var decision = policy.Decide(View(7, ReconversionMemory.Empty));

        Assert.Equal([new PlannedReconversion("h-a", 8, HybridA.Beds, HybridA.Phase, HybridA.Role)], decision.Changes.AsEnumerable());
    }

    [Fact]
    public void Changes_dated_on_or_before_day_0_are_left_to_the_engine_but_remembered()
    {
        var reference = new PlannedBeds(default, ReconversionPhase.Scenario1, HospitalRole.Reference);
        var plan = Plan(("h-a", -3, reference));
        var policy = new SchedulePolicy(plan, Start, 5, null, []);

        var decision = policy.Decide(View(0, ReconversionMemory.Empty));

        Assert.Empty(decision.Changes);
        Assert.Equal([("h-a", reference)], decision.Memory.Planned.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void Low_occupancy_for_n_days_reverts_to_the_floor_and_high_occupancy_for_n_days_reapplies_the_plan()
    {
        var bench = ReversionBench(Plan(("h-a", 1, HybridA), ("h-b", 1, ExclusiveB), ("tmp-a", 1, OpenTemporary)));

        bench.Run(5, 0.5);
        bench.Run(3, 0.1);
        var revertedAfterDay7 = bench.Memory.Reverted;
        bench.Run(3, 0.5);
        bench.Run(3, 0.9);

        // Occupancy 0.1 on days 5-7 (from NotBefore, day 5) reverts on day 7, due day 9 (lead 2): h-a keeps its
        // floor, h-b has none, the temporary unit is untouched. 0.9 on days 11-13 reactivates on day 13.
        Assert.True(revertedAfterDay7);
        Assert.False(bench.Memory.Reverted);
        Assert.Equal(
            [
                (0, Order("h-a", 1, HybridA)),
                (0, Order("h-b", 1, ExclusiveB)),
                (0, Order("tmp-a", 1, OpenTemporary)),
                (7, new PlannedReconversion("h-a", 9, new(8, 2), ReconversionPhase.Reverted, HospitalRole.Hybrid)),
                (7, new PlannedReconversion("h-b", 9, new(0, 0), ReconversionPhase.Reverted, HospitalRole.NonCovid)),
                (13, Order("h-a", 15, HybridA)),
                (13, Order("h-b", 15, ExclusiveB)),
            ],
            bench.Orders);
    }

    [Fact]
    public void Plan_changes_while_reverted_wait_for_reactivation_but_temporary_units_keep_their_dates()
    {
        var moreB = new PlannedBeds(new(70, 25), ReconversionPhase.PhaseIII, HospitalRole.CovidExclusive);
        var bench = ReversionBench(Plan(
            ("h-a", 1, HybridA), ("h-b", 1, ExclusiveB), ("tmp-a", 1, OpenTemporary), ("h-b", 11, moreB), ("tmp-a", 12, Closed)));

        bench.Run(5, 0.5);
        bench.Run(3, 0.1);
        bench.Run(3, 0.5);
        bench.Run(3, 0.9);

        Assert.Equal(
            [
                (0, Order("h-a", 1, HybridA)),
                (0, Order("h-b", 1, ExclusiveB)),
                (0, Order("tmp-a", 1, OpenTemporary)),
                (7, new PlannedReconversion("h-a", 9, new(8, 2), ReconversionPhase.Reverted, HospitalRole.Hybrid)),
                (7, new PlannedReconversion("h-b", 9, new(0, 0), ReconversionPhase.Reverted, HospitalRole.NonCovid)),
                (10, Order("tmp-a", 12, Closed)),
                (13, Order("h-a", 15, HybridA)),
                (13, Order("h-b", 15, moreB)),
            ],
            bench.Orders);
    }

    [Fact]
    public void Covid_beds_the_plan_does_not_own_are_never_reverted()
    {
        var phaseII = new PlannedBeds(new(8, 2), ReconversionPhase.PhaseII, HospitalRole.Hybrid);
        var fromCapacity = new PlannedBeds(new(8, 2), ReconversionPhase.None, HospitalRole.Hybrid);
        var none = new PlannedBeds(default, ReconversionPhase.None, HospitalRole.NonCovid);
        var opening = new Dictionary<string, PlannedBeds> { ["h-a"] = phaseII, ["h-b"] = fromCapacity, ["tmp-a"] = none };
        var memory = ReconversionMemory.Empty with { Planned = ReconversionMemory.Empty.Planned.SetItems(opening) };
        var hospitals = ReconversionBench.Snapshots(Network).Select(h => h with
        {
            Beds = opening[h.HospitalId].Beds,
            Phase = opening[h.HospitalId].Phase,
            Role = opening[h.HospitalId].Role,
        }).ToImmutableArray();
        var floor = ImmutableArray.Create(new PlannedChange("h-a", Start, new(8, 2), ReconversionPhase.PhaseII, HospitalRole.Hybrid));
        var policy = new SchedulePolicy(Plan(("h-a", 0, phaseII), ("h-a", 3, HybridA)), Start, 2, new Reversion(Start.AddDays(5), 0.3, 0.6, 3), floor);
        var bench = new ReconversionBench(policy, hospitals, Start, memory);

        bench.Run(5, 0.5);
        bench.Run(3, 0.1);
        bench.Run(3, 0.5);
        bench.Run(3, 0.9);

        // h-b's beds come from the capacity section (phase None); h-a's day-0 change was applied at opening.
        Assert.Equal(
            [
                (1, Order("h-a", 3, HybridA)),
                (7, new PlannedReconversion("h-a", 9, new(8, 2), ReconversionPhase.Reverted, HospitalRole.Hybrid)),
                (13, Order("h-a", 15, HybridA)),
            ],
            bench.Orders);
    }

    [Fact]
    public void Low_occupancy_before_the_not_before_date_does_not_count()
    {
        var bench = ReversionBench(Plan(("h-a", 1, HybridA)));

        bench.Run(5, 0.1);

        Assert.Equal(ReconversionMemory.Empty.Planned.SetItem("h-a", HybridA), bench.Memory.Planned);
        Assert.Equal((0, 0, false), (bench.Memory.DaysBelow, bench.Memory.DaysAbove, bench.Memory.Reverted));
        Assert.Equal([(0, Order("h-a", 1, HybridA))], bench.Orders);
    }

    /// <summary>Lead 2 days; from day 5, below 30% for 3 days reverts, above 60% for 3 days reactivates; h-a's floor is 10 beds.</summary>
    private static ReconversionBench ReversionBench(ImmutableArray<PlannedChange> plan)
    {
        var floor = ImmutableArray.Create(
            new PlannedChange("h-a", new DateOnly(2020, 2, 20), new(8, 2), ReconversionPhase.PhaseII, HospitalRole.Hybrid));
        var policy = new SchedulePolicy(plan, Start, 2, new Reversion(Start.AddDays(5), 0.3, 0.6, 3), floor);
        return new ReconversionBench(policy, ReconversionBench.Snapshots(Network), Start);
    }

    private static ImmutableArray<PlannedChange> Plan(params (string Id, int Day, PlannedBeds State)[] changes) =>
        [.. changes.Select(c => new PlannedChange(c.Id, Start.AddDays(c.Day), c.State.Beds, c.State.Phase, c.State.Role))];

    private static PlannedReconversion Order(string hospitalId, int dueDay, PlannedBeds state) =>
        new(hospitalId, dueDay, state.Beds, state.Phase, state.Role);

    private static ReconversionView View(int day, ReconversionMemory memory) =>
        new("o01", day, Start.AddDays(day), ReconversionBench.Snapshots(Network), memory);
}
