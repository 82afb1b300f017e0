using Capacity.Domain.Capacity;
using Capacity.Domain.Equipment;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Equipment;

/// <summary>A whole run with the occupancy trigger under a surge: the equipment must cap the ICU beds it converts.</summary>
public sealed class EquipmentRunTests
{
    private static readonly DateOnly Start = TestScenarios.Parameters().Start;

    [Fact]
    public void An_equipment_shortage_caps_every_ooads_icu_beds_at_its_places_equipped()
    {
        var scenario = Surge() with { Equipment = Shortage() };
        var layout = RunLayout.For(scenario);

        var days = SimulationRuns.Run(scenario);

        foreach (var day in days)
        {
            foreach (var ooad in day.Hospitals.GroupBy(h => h.OoadCode, StringComparer.Ordinal))
            {
                var places = layout.Equipment[ooad.Key].Equipped(day.Date).Places;
                Assert.True(ooad.Sum(h => h.Beds.Icu) <= places, $"{ooad.Key} on {day.Date}: {ooad.Sum(h => h.Beds.Icu)} ICU beds, {places} places");
            }
        }

        Assert.Contains(days.SelectMany(d => d.Events), e => e.Kind == EventKind.EquipmentLimited);
    }

    [Fact]
    public void Icu_beds_that_cannot_be_equipped_still_add_ward_beds()
    {
        var limited = SimulationRuns.Run(Surge() with { Equipment = Shortage() }).Select(DayAggregates.Nationally).ToArray();
        var free = SimulationRuns.Run(Surge()).Select(DayAggregates.Nationally).ToArray();

        Assert.True(limited.Max(n => n.Beds.Icu) < free.Max(n => n.Beds.Icu), $"peak ICU beds: limited {limited.Max(n => n.Beds.Icu)}, free {free.Max(n => n.Beds.Icu)}");
        Assert.True(limited.Max(n => n.Beds.Ward) > free.Max(n => n.Beds.Ward), $"peak ward beds: limited {limited.Max(n => n.Beds.Ward)}, free {free.Max(n => n.Beds.Ward)}");
    }

    [Fact]
    public void Disabled_equipment_changes_nothing()
    {
        var free = SimulationRuns.Run(Surge());
        var disabled = SimulationRuns.Run(Surge() with { Equipment = Shortage() with { Enabled = false } });

        Assert.Equal(RunFingerprint.Of(free), RunFingerprint.Of(disabled));
    }

    private static EquipmentSettings Shortage() => new(
        true,
        new EquipmentRates(1, 1, 1, 1, 0.1),
        true,
        new EquipmentRates(0, 0, 1, 1, 0.01),
        [new EquipmentDelivery(EquipmentItem.Ventilator, 40, Start.AddDays(10), Start.AddDays(40)), new EquipmentDelivery(EquipmentItem.Monitor, 60, Start.AddDays(5), Start.AddDays(20))],
        EquipmentAllocationKind.ProportionalToIcuBeds);

    private static Scenario Surge()
    {
        // A 4% attack rate against 5% of census beds; the occupancy trigger converts 48-bed blocks, 44% of them ICU.
        var p = TestScenarios.Parameters(seed: 11, days: 90, attackRate: 0.04) with
        {
            Capacity = TestScenarios.Parameters().Capacity with { CovidBedShare = new TierShares(0.05, 0.05, 0.05), IcuShareOfCovidBeds = new TierShares(0.3, 0.3, 0) },
            Reconversion = TestScenarios.NoReconversion with
            {
                Policy = ReconversionPolicyKind.OccupancyTrigger,
                LeadDays = 2,
                Trigger = new OccupancyTrigger(0.8, 0.3, 1, 48),
            },
        };
        return TestScenarios.Scenario(parameters: p, network: TestScenarios.Network(ooads: 2, hospitalsPerOoad: 3, beds: 300));
    }
}
