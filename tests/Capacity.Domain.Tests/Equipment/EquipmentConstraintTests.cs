using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Equipment;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Tests.Support;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Equipment;

public sealed class EquipmentConstraintTests
{
    private static readonly DateOnly Date = new(2020, 5, 1);
    private static readonly EquipmentRates Standard = new(1, 1, 1, 1, 0.1);

    [Fact]
    public void Icu_beds_the_equipment_cannot_equip_are_converted_as_ward_beds()
    {
        // h1 goes from 10 ward to 20 ward + 20 ICU; 12 monitors equip 12 places: 8 ICU beds become ward beds.
        var (view, decision) = Case([("h1", new(10, 0), new(20, 20))]);

        var (limited, events) = EquipmentConstraint.Limit(view, decision, Stock(ventilators: 50, monitors: 12), Standard);

        var order = Assert.Single(limited.Changes);
        Assert.Equal(new LevelCounts(28, 12), order.Beds);
        Assert.Equal((ReconversionPhase.PhaseIII, HospitalRole.CovidExclusive), (order.Phase, order.Role));
        Assert.Equal(order.Beds, limited.Memory.Planned["h1"].Beds);
        var e = Assert.Single(events);
        Assert.Equal((EventKind.EquipmentLimited, "o01", "h1"), (e.Kind, e.EntityId, e.Subject));
        Assert.Equal("12 of 20 ICU beds equipped, 8 as ward beds; monitor binds: 12 places for the OOAD", e.Detail);
    }

    [Fact]
    public void Hospitals_are_served_in_id_order_until_the_places_run_out()
    {
        var (view, decision) = Case([("h2", new(0, 0), new(0, 10)), ("h1", new(0, 0), new(0, 10))]);

        var (limited, events) = EquipmentConstraint.Limit(view, decision, Stock(ventilators: 15), Standard);

        Assert.Equal(new LevelCounts(0, 10), limited.Memory.Planned["h1"].Beds);
        Assert.Equal(new LevelCounts(5, 5), limited.Memory.Planned["h2"].Beds);
        Assert.Equal("h2", Assert.Single(events).Subject);
    }

    [Fact]
    public void Icu_beds_already_planned_count_against_the_places()
    {
        // h1 keeps its 8 ICU beds; of 10 places, h2 may add 2.
        var (view, decision) = Case([("h1", new(0, 8), new(0, 8)), ("h2", new(0, 0), new(0, 6))]);

        var (limited, _) = EquipmentConstraint.Limit(view, decision, Stock(ventilators: 10), Standard);

        Assert.Equal(new LevelCounts(4, 2), Assert.Single(limited.Changes).Beds);
    }

    [Fact]
    public void Crash_carts_bind_at_ten_places_each()
    {
        var (view, decision) = Case([("h1", new(0, 0), new(0, 25))]);

        var (limited, events) = EquipmentConstraint.Limit(view, decision, Stock(crashCarts: 2), Standard);

        Assert.Equal(new LevelCounts(5, 20), Assert.Single(limited.Changes).Beds);
        Assert.Contains("crash_cart binds", Assert.Single(events).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Removals_and_ward_changes_go_through_even_without_equipment()
    {
        var (view, decision) = Case([("h1", new(10, 20), new(10, 5)), ("h2", new(0, 4), new(30, 4))]);

        var (limited, events) = EquipmentConstraint.Limit(view, decision, EquipmentUnits.None, Standard);

        Assert.Same(decision, limited);
        Assert.Empty(events);
    }

    [Fact]
    public void An_ooad_over_its_places_is_not_pushed_further_up_but_keeps_what_it_has()
    {
        var (view, decision) = Case([("h1", new(0, 30), new(0, 30)), ("h2", new(0, 2), new(0, 6))]);

        var (limited, _) = EquipmentConstraint.Limit(view, decision, Stock(ventilators: 20), Standard);

        Assert.Equal(new LevelCounts(4, 2), Assert.Single(limited.Changes).Beds);
        Assert.Equal(new LevelCounts(0, 30), limited.Memory.Planned["h1"].Beds);
    }

    [Fact]
    public void A_limited_schedule_change_becomes_icu_as_the_deliveries_arrive()
    {
        var start = new DateOnly(2020, 3, 1);
        var policy = new SchedulePolicy(
            [new PlannedChange("h1", start.AddDays(5), new(10, 10), ReconversionPhase.PhaseII, HospitalRole.Hybrid)], start, 2, null, []);
        var equipment = new OoadEquipment(
            "o01", Standard, new EquipmentUnits(0, 100, 100, 100, 10), [new(EquipmentItem.Ventilator, 10, start.AddDays(3), start.AddDays(7), "o01")]);
        var state = OoadState.Open(new("o01", "O", "S", 1), [TestScenarios.Opening("h1", default)], equipment);

        var day3 = state.Reconvert(policy, 3, start.AddDays(3));
        var day4 = day3.Next.Reconvert(policy, 4, start.AddDays(4));
        var day7 = Enumerable.Range(5, 3).Aggregate(day4, (d, day) => d.Next.Reconvert(policy, day, start.AddDays(day)));
        var day8 = day7.Next.Reconvert(policy, 8, start.AddDays(8));

        Assert.Equal(new LevelCounts(18, 2), Assert.Single(day3.Orders).Beds);
        Assert.Equal(5, Assert.Single(day3.Orders).DueDay);
        Assert.Equal(EventKind.EquipmentLimited, Assert.Single(day3.Events).Kind);
        Assert.Equal(new LevelCounts(16, 4), Assert.Single(day4.Orders).Beds);
        Assert.Equal(new LevelCounts(10, 10), Assert.Single(day7.Orders).Beds);
        Assert.Empty(day7.Events);
        Assert.Empty(day8.Orders);
    }

    [Property(MaxTest = 300)]
    public void Icu_beds_after_the_limit_never_rise_past_the_places_equipped(byte[] before, byte[] after, byte ventilators, byte monitors)
    {
        var n = Math.Min(Math.Min(before.Length, after.Length), 6);
        var hospitals = Enumerable.Range(0, n)
            .Select(i => ($"h{i}", new LevelCounts(before[i] % 11, before[i] / 4), new LevelCounts(after[i] % 13, after[i] / 4)))
            .ToArray();
        var (view, decision) = Case(hospitals);
        var places = Standard.Equipped(Stock(ventilators, monitors, crashCarts: 100)).Places;

        var (limited, _) = EquipmentConstraint.Limit(view, decision, Stock(ventilators, monitors, crashCarts: 100), Standard);

        int Icu(ReconversionMemory m) => hospitals.Sum(h => m.Planned[h.Item1].Beds.Icu);
        Assert.True(Icu(limited.Memory) <= Math.Max(places, Icu(view.Memory)), $"{Icu(limited.Memory)} ICU beds, {places} places, {Icu(view.Memory)} before");
        Assert.All(hospitals, h => Assert.Equal(decision.Memory.Planned[h.Item1].Beds.Total, limited.Memory.Planned[h.Item1].Beds.Total));
        Assert.All(limited.Changes, c => Assert.Equal(limited.Memory.Planned[c.HospitalId].Beds, c.Beds));
        Assert.All(
            decision.Changes.Where(c => c.Beds.Icu <= view.Memory.Planned[c.HospitalId].Beds.Icu),
            c => Assert.Contains(c, limited.Changes));
    }

    private static EquipmentUnits Stock(int ventilators = 1000, int monitors = 1000, int crashCarts = 1000) =>
        new(ventilators, monitors, 1000, 1000, crashCarts);

    private static (ReconversionView View, ReconversionDecision Decision) Case(IEnumerable<(string Id, LevelCounts Before, LevelCounts After)> hospitals) =>
        ReconversionCase.Build(Date, hospitals);
}
