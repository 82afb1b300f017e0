using System.Collections.Immutable;
using Capacity.Domain.Demand;
using Capacity.Domain.Equipment;
using Capacity.Domain.Simulation;
using Capacity.Domain.Tests.Support;
using Capacity.Domain.Ventilators;

namespace Capacity.Domain.Tests.Ventilators;

public sealed class VentilatorAllocationTests
{
    [Fact]
    public void Proportional_allocation_delivers_the_equipment_plans_shares_on_their_schedule()
    {
        var scenario = Surge(VentilatorAllocationKind.ProportionalToIcuBeds);
        var layout = RunLayout.For(scenario);
        var national = new VentilatorDay(layout);

        var totals = Allocate(national, scenario, 20);

        Assert.Equal(
            layout.Equipment.ToImmutableSortedDictionary(p => p.Key, p => p.Value.Deliveries.Sum(d => d.Quantity), StringComparer.Ordinal),
            totals);
        Assert.Equal(1000, totals.Values.Sum());
    }

    [Fact]
    public void Need_based_allocation_sends_more_to_the_ooad_with_the_surge()
    {
        var proportional = Allocate(new VentilatorDay(RunLayout.For(Surge(VentilatorAllocationKind.ProportionalToIcuBeds))), Surge(VentilatorAllocationKind.ProportionalToIcuBeds), 20);
        var scenario = Surge(VentilatorAllocationKind.NeedBased);

        var needBased = Allocate(new VentilatorDay(RunLayout.For(scenario)), scenario, 20);

        Assert.True(needBased["o02"] > proportional["o02"], $"o02: need-based {needBased["o02"]}, proportional {proportional["o02"]}");
        Assert.True(needBased["o02"] > needBased["o01"], $"need-based: o01 {needBased["o01"]}, o02 {needBased["o02"]}");
        Assert.Equal(1000, needBased.Values.Sum());
    }

    [Fact]
    public void The_central_reserve_holds_its_share_while_no_ooad_is_short()
    {
        var scenario = Surge(VentilatorAllocationKind.CentralReserve) with { Ventilators = FleetBench.Settings(allocation: VentilatorAllocationKind.CentralReserve, reserveShare: 0.25) };
        var national = new VentilatorDay(RunLayout.For(scenario));

        var totals = Allocate(national, scenario, 20);

        Assert.Equal(250, national.Reserve);
        Assert.Equal(750, totals.Values.Sum());
    }

    [Fact]
    public void The_central_reserve_is_released_to_ooads_short_of_ventilators()
    {
        // No ventilator on day 0 and a large reserve share: the OOADs' refused patients draw units out of the reserve.
        var fleet = FleetBench.Settings(initialPerIcuBed: 0, allocation: VentilatorAllocationKind.CentralReserve, reserveShare: 0.8);
        var days = SimulationRuns.Run(FleetBench.Scenario(fleet, FleetBench.Deliveries(1000), attackRate: 0.03));

        Assert.True(days[^1].VentilatorsInReserve < 800, $"reserve left: {days[^1].VentilatorsInReserve}");
        Assert.Contains(days, d => d.VentilatorsInReserve > 0);
    }

    [Fact]
    public void The_ooad_moves_idle_units_from_a_spare_hospital_to_a_short_one_the_next_day()
    {
        // h1 has 10 idle units for 2 ICU beds; h2 has 3 ventilated patients and 2 refused on 1 unit.
        var settings = FleetBench.Settings(ventilatedShare: 0.5);
        var fleet = new OoadFleet(["h1", "h2"], [new FleetView(2, 10, 0, 0, 0), new FleetView(4, 1, 0, 3, 2)], [0, 0]);

        var (next, today) = fleet.Dispatch(0, settings);
        var (_, tomorrow) = next.Dispatch(0, settings);

        Assert.Equal([(0, 0, 4), (0, 0, 0)], today);
        Assert.Equal([0, 4], next.InTransit);
        Assert.Equal((0, 4, 0), tomorrow[1]);
        Assert.Equal(today.Sum(h => h.MovedOut), next.InTransit.Sum());
    }

    [Fact]
    public void The_ooad_hands_a_delivery_to_the_hospitals_furthest_below_target_first()
    {
        var settings = FleetBench.Settings(ventilatedShare: 1);
        var fleet = new OoadFleet(["h1", "h2"], [new FleetView(10, 9, 0, 0, 0), new FleetView(10, 2, 0, 0, 0)], [0, 0]);

        var (_, today) = fleet.Dispatch(10, settings);

        Assert.Equal([(2, 0, 0), (8, 0, 0)], today);
    }

    /// <summary>Two OOADs, the second with five times the demand; 1,000 national units over the first 20 days.</summary>
    private static Scenario Surge(VentilatorAllocationKind allocation)
    {
        var fleet = FleetBench.Settings(ventilatedShare: 0.87, allocation: allocation);
        var scenario = FleetBench.Scenario(fleet, FleetBench.Deliveries(1000), days: 40) with { Network = TestScenarios.Network(ooads: 2) };
        var regions = ImmutableSortedDictionary.CreateRange(
            StringComparer.Ordinal, [KeyValuePair.Create("o02", new RegionalDemand(5, 0))]);
        return scenario with { Demand = scenario.Demand with { Regions = regions } };
    }

    private static ImmutableSortedDictionary<string, int> Allocate(VentilatorDay national, Scenario scenario, int days)
    {
        var totals = scenario.Network.Ooads.ToDictionary(o => o.Code, _ => 0, StringComparer.Ordinal);
        for (var day = 0; day < days; day++)
        {
            foreach (var (code, units) in national.Allocate(day, scenario.DateOf(day), []))
            {
                totals[code] += units;
            }
        }

        return totals.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }
}
