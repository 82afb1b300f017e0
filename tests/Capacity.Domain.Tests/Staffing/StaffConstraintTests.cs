using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Staffing;
using Capacity.Domain.Tests.Support;
using FsCheck;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Staffing;

public sealed class StaffConstraintTests
{
    private static readonly DateOnly Date = new(2020, 5, 1);

    [Fact]
    public void A_conversion_beyond_the_teams_available_is_reduced_to_the_24_bed_blocks_that_fit()
    {
        // h1 runs 24 beds (4.5 teams) and asks for 120 (22.5); 10 teams: 2 blocks, 48 beds, ICU a quarter of the way (5).
        var (view, decision) = Case([("h1", new(24, 0), new(100, 20))]);

        var (limited, events) = StaffConstraint.Limit(view, decision, 10);

        var order = Assert.Single(limited.Changes);
        Assert.Equal(new LevelCounts(43, 5), order.Beds);
        // The plan made h1 COVID-exclusive: fewer beds are staffed, the designation stands.
        Assert.Equal(HospitalRole.CovidExclusive, order.Role);
        Assert.Equal(order.Beds, limited.Memory.Planned["h1"].Beds);
        Assert.Equal(HospitalRole.CovidExclusive, limited.Memory.Planned["h1"].Role);
        var e = Assert.Single(events);
        Assert.Equal((EventKind.StaffLimited, "o01", "h1"), (e.Kind, e.EntityId, e.Subject));
        Assert.StartsWith("reduced: 48 of 120 COVID beds", e.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_conversion_without_room_for_one_more_block_is_held_and_planned_stays_as_before()
    {
        var (view, decision) = Case([("h1", new(24, 0), new(48, 0)), ("h2", new(0, 0), new(24, 0))]);

        // h1 needs 9 teams, h2 4.5: with 10 teams h1 fits, h2 is held.
        var (limited, events) = StaffConstraint.Limit(view, decision, 10);

        Assert.Equal(["h1"], limited.Changes.Select(c => c.HospitalId));
        Assert.Equal(default, limited.Memory.Planned["h2"].Beds);
        Assert.StartsWith("held:", Assert.Single(events).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Removals_go_through_even_when_the_ooad_is_over_its_teams()
    {
        var (view, decision) = Case([("h1", new(96, 0), new(48, 0))]);

        var (limited, events) = StaffConstraint.Limit(view, decision, 0);

        Assert.Same(decision, limited);
        Assert.Empty(events);
    }

    [Fact]
    public void A_held_schedule_change_is_sent_once_teams_allow_it()
    {
        var start = new DateOnly(2020, 3, 1);
        var hospital = TestScenarios.Opening("h1", default);
        var policy = new SchedulePolicy(
            [new PlannedChange("h1", start.AddDays(5), new(48, 0), ReconversionPhase.PhaseII, HospitalRole.Hybrid)], start, 2, null, []);
        var state = OoadState.Open(new("o01", "O", "S", 1), [hospital]);

        var day3 = state.Reconvert(policy, 3, start.AddDays(3), 4);
        var day4 = day3.Next.Reconvert(policy, 4, start.AddDays(4), 9);

        Assert.Empty(day3.Orders);
        Assert.Equal(EventKind.StaffLimited, Assert.Single(day3.Events).Kind);
        Assert.Equal(new LevelCounts(48, 0), Assert.Single(day4.Orders).Beds);
        Assert.Empty(day4.Events);
    }

    [Property(MaxTest = 300)]
    public void The_staff_constraint_is_never_violated(byte[] before, byte[] after, byte available)
    {
        var n = Math.Min(Math.Min(before.Length, after.Length), 6);
        var hospitals = Enumerable.Range(0, n)
            .Select(i => ($"h{i}", new LevelCounts(before[i], before[i] % 7), new LevelCounts(after[i], after[i] % 5)))
            .ToArray();
        var (view, decision) = Case(hospitals);

        var (limited, _) = StaffConstraint.Limit(view, decision, available);

        double Required(ReconversionMemory m, string id) => ErcTeams.Required(m.Planned[id].Beds);
        var added = limited.Changes.Any(c => Required(limited.Memory, c.HospitalId) > Required(view.Memory, c.HospitalId));
        var total = hospitals.Sum(h => Required(limited.Memory, h.Item1));
        Assert.True(!added || total <= available, $"{total} teams required, {available} available");
        Assert.All(limited.Changes, c => Assert.Equal(limited.Memory.Planned[c.HospitalId].Beds, c.Beds));
        Assert.All(
            decision.Changes.Where(c => Required(decision.Memory, c.HospitalId) <= Required(view.Memory, c.HospitalId)),
            c => Assert.Contains(c, limited.Changes));
    }

    [Fact]
    public void With_ooad_rounding_a_conversion_is_reduced_to_the_beds_the_ooads_blocks_leave()
    {
        // h1 runs 10 beds, h2 asks for 0 → 40. 9 teams cover 2 blocks = 48 beds for the OOAD: h2 gets 38.
        var (view, decision) = Case([("h1", new(10, 0), new(10, 0)), ("h2", new(0, 0), new(40, 0))]);

        var (limited, events) = StaffConstraint.Limit(view, decision, 9, TeamRounding.Ooad);

        Assert.Equal(new LevelCounts(38, 0), Assert.Single(limited.Changes).Beds);
        Assert.StartsWith("reduced: 38 of 40 COVID beds", Assert.Single(events).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void With_ooad_rounding_small_areas_share_a_block_that_hospital_rounding_would_double()
    {
        // Two hospitals asking for 12 beds each: one OOAD block (4.5 teams) instead of two.
        var (view, decision) = Case([("h1", new(0, 0), new(12, 0)), ("h2", new(0, 0), new(12, 0))]);

        var (shared, _) = StaffConstraint.Limit(view, decision, 4.5, TeamRounding.Ooad);
        var (apart, held) = StaffConstraint.Limit(view, decision, 4.5, TeamRounding.Hospital);

        Assert.Equal(["h1", "h2"], shared.Changes.Select(c => c.HospitalId));
        Assert.Equal(["h1"], apart.Changes.Select(c => c.HospitalId));
        Assert.StartsWith("held:", Assert.Single(held).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reactivation_order_for_a_planned_state_moved_while_reverted_must_still_find_the_teams()
    {
        // While reverted the plan moved h1 from 24 to 48 planned beds without an order; 24 are in service. The order
        // that reactivates 48 beds needs 9 teams: with 4.5 it is held at the beds in service, so the policy retries.
        var (view, decision) = Case([("h1", new(48, 0), new(48, 0))]);
        view = view with { Hospitals = [TestScenarios.Snapshot("h1", new(24, 0))], Memory = view.Memory with { Reverted = true } };
        decision = decision with { Changes = [new PlannedReconversion("h1", 3, new(48, 0), ReconversionPhase.PhaseIII, HospitalRole.Hybrid)] };

        var (limited, events) = StaffConstraint.Limit(view, decision, 4.5);

        Assert.Empty(limited.Changes);
        Assert.Equal(new LevelCounts(24, 0), limited.Memory.Planned["h1"].Beds);
        Assert.StartsWith("held: 48 COVID beds", Assert.Single(events).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Covid_exclusive_conversions_are_staffed_before_hybrid_ones()
    {
        // Both ask for one block; 4.5 teams staff one: the exclusive h2 goes first although h1 comes first by id.
        var (view, decision) = Case([("h1", new(0, 0), new(24, 0)), ("h2", new(0, 0), new(24, 0))]);
        var hybrid = decision.Memory.Planned["h1"] with { Role = HospitalRole.Hybrid };
        decision = new ReconversionDecision(
            decision.Memory with { Planned = decision.Memory.Planned.SetItem("h1", hybrid) },
            [.. decision.Changes.Select(c => c.HospitalId == "h1" ? c with { Role = HospitalRole.Hybrid } : c)]);

        var (limited, events) = StaffConstraint.Limit(view, decision, 4.5);

        Assert.Equal(["h2"], limited.Changes.Select(c => c.HospitalId));
        Assert.Equal("h1", Assert.Single(events).Subject);
    }

    [Fact]
    public void Reconvert_limits_with_the_teams_on_duty_after_infection_absence_on_the_ooads_latest_census()
    {
        var start = new DateOnly(2020, 3, 1);
        var plan = new PlannedChange("h1", start.AddDays(5), new(48, 0), ReconversionPhase.PhaseII, HospitalRole.Hybrid);
        var staffing = new StaffingSettings(true, 0, [], 0, InfectionAbsence: 0.01);
        var policy = new StaffedPolicy(new SchedulePolicy([plan], start, 2, null, []), staffing);
        var state = OoadState.Open(new("o01", "O", "S", 1), [TestScenarios.Opening("h1", new(24, 0))]);
        OoadState Seen(int census) => state with { Hospitals = [TestScenarios.Snapshot("h1", new(24, 0), new(census, 0))] };

        // 9 teams staff 48 beds; 100 patients × 0.01 = 1 team absent leaves 8, so the change is held.
        var quiet = Seen(0).Reconvert(policy, 3, start.AddDays(3), 9);
        var busy = Seen(100).Reconvert(policy, 3, start.AddDays(3), 9);

        Assert.Equal(new LevelCounts(48, 0), Assert.Single(quiet.Orders).Beds);
        Assert.Empty(busy.Orders);
        Assert.Equal(8, StaffOnDuty.Teams(staffing, 9, 100));
        Assert.EndsWith("8 available", Assert.Single(busy.Events).Detail, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public void After_the_limit_the_ooads_required_teams_never_exceed_its_teams_on_duty_whenever_the_decision_raised_them(
        byte[] before, byte[] after, byte available, bool byOoad)
    {
        var rounding = byOoad ? TeamRounding.Ooad : TeamRounding.Hospital;
        var n = Math.Min(Math.Min(before.Length, after.Length), 6);
        var hospitals = Enumerable.Range(0, n)
            .Select(i => ($"h{i}", new LevelCounts(before[i], before[i] % 7), new LevelCounts(after[i], after[i] % 5)))
            .ToArray();
        var (view, decision) = Case(hospitals);

        var (limited, _) = StaffConstraint.Limit(view, decision, available, rounding);

        double Required(ReconversionMemory m) =>
            ErcRequirement.Ooad(hospitals.Select(h => (HospitalType.SecondLevel, m.Planned[h.Item1].Beds)), rounding);
        int Charged(ReconversionMemory m, string id) => ErcRequirement.ChargedBeds(HospitalType.SecondLevel, m.Planned[id].Beds, rounding);
        var raised = limited.Changes.Where(c => Charged(limited.Memory, c.HospitalId) > Charged(view.Memory, c.HospitalId)).ToList();
        Assert.True(raised.Count == 0 || Required(limited.Memory) <= available, $"{Required(limited.Memory)} teams required, {available} on duty");
        Assert.All(limited.Changes, c => Assert.Equal(limited.Memory.Planned[c.HospitalId].Beds, c.Beds));
        Assert.All(
            hospitals.Where(h => !limited.Changes.Any(c => c.HospitalId == h.Item1)),
            h => Assert.True(
                limited.Memory.Planned[h.Item1].Beds == h.Item2 || !decision.Changes.Any(c => c.HospitalId == h.Item1),
                $"{h.Item1} without an order must be held at its previous state"));
    }

    [Fact]
    public void A_hospital_short_of_teams_gets_only_its_earliest_change_with_its_own_due_day_and_phase()
    {
        // h1 is due Phase I (24 beds) on day 3 and Phase II (96 beds) on day 10; 9 teams staff 2 blocks (48 beds).
        var (view, decision) = Case([("h1", new(0, 0), new(24, 0))]);
        decision = decision with
        {
            Changes =
            [
                new PlannedReconversion("h1", 3, new(24, 0), ReconversionPhase.PhaseI, HospitalRole.Hybrid),
                new PlannedReconversion("h1", 10, new(90, 6), ReconversionPhase.PhaseII, HospitalRole.Hybrid),
            ],
            Memory = decision.Memory with { Planned = decision.Memory.Planned.SetItem("h1", new PlannedBeds(new(90, 6), ReconversionPhase.PhaseII, HospitalRole.Hybrid)) },
        };

        var (limited, _) = StaffConstraint.Limit(view, decision, 9);

        var order = Assert.Single(limited.Changes);
        Assert.Equal((3, ReconversionPhase.PhaseI, new LevelCounts(24, 0)), (order.DueDay, order.Phase, order.Beds));
        Assert.Equal(new PlannedBeds(new(24, 0), ReconversionPhase.PhaseI, HospitalRole.Hybrid), limited.Memory.Planned["h1"]);
    }

    private static (ReconversionView View, ReconversionDecision Decision) Case(IEnumerable<(string Id, LevelCounts Before, LevelCounts After)> hospitals) =>
        ReconversionCase.Build(Date, hospitals);
}
