using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Equipment;
using Capacity.Domain.Network;
using Capacity.Domain.Tests.Support;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Equipment;

public sealed class EquipmentPlanTests
{
    private static readonly DateOnly From = new(2020, 3, 30);
    private static readonly DateOnly To = new(2020, 6, 30);

    [Fact]
    public void National_batches_are_shared_in_proportion_to_the_planned_icu_beds()
    {
        var network = TestScenarios.Network(ooads: 3, hospitalsPerOoad: 1);
        var planned = Beds(network, ("o01-hgz-001", 10), ("o02-hgz-001", 30), ("o03-hgz-001", 60));
        var settings = Settings([new(EquipmentItem.Ventilator, 101, From, To)]);

        var plan = EquipmentPlan.ByOoad(settings, network, Beds(network), planned);

        Assert.Equal([10, 30, 61], plan.Values.Select(e => e.Deliveries.Single().Quantity));
        Assert.All(plan, p => Assert.Equal(p.Key, p.Value.Deliveries.Single().Ooad));
    }

    [Fact]
    public void A_batch_to_a_named_ooad_goes_there_only()
    {
        var network = TestScenarios.Network(ooads: 3, hospitalsPerOoad: 1);
        var settings = Settings([new(EquipmentItem.Ventilator, 14, From, To, "o02")]);

        var plan = EquipmentPlan.ByOoad(settings, network, Beds(network), Beds(network, ("o01-hgz-001", 10)));

        Assert.Empty(plan["o01"].Deliveries);
        Assert.Equal(14, plan["o02"].On(To).Ventilators);
    }

    [Fact]
    public void The_baseline_equips_the_opening_icu_beds_and_adds_the_surplus_per_census_bed()
    {
        // o01: hgz-001 (110 census beds) runs 7 ICU beds, hgz-002 (120) 5, the UMAE (300) none: 12 places, 530 census beds.
        var network = TestScenarios.Network(ooads: 1, hospitalsPerOoad: 2);
        var opening = Beds(network, ("o01-hgz-001", 7), ("o01-hgz-002", 5));
        var settings = Settings([]) with { SurplusPerCensusBed = new EquipmentRates(0, 0.01, 0.5, 1, 0) };

        var baseline = EquipmentPlan.ByOoad(settings, network, opening, opening)["o01"].Baseline;

        Assert.Equal(new EquipmentUnits(12, 12 + 5, 12 + 265, 12 + 530, 2), baseline);
    }

    [Fact]
    public void Without_planned_icu_beds_national_batches_follow_the_census_beds()
    {
        var network = TestScenarios.Network(ooads: 2, hospitalsPerOoad: 1);
        var settings = Settings([new(EquipmentItem.Monitor, 100, From, To)]);

        var plan = EquipmentPlan.ByOoad(settings, network, Beds(network), Beds(network));

        Assert.Equal(100, plan.Values.Sum(e => e.On(To).Monitors));
    }

    [Property(MaxTest = 200)]
    public void The_shares_of_a_national_batch_sum_exactly_to_it_on_every_date(ushort quantity, byte[] icu, byte day)
    {
        var network = TestScenarios.Network(ooads: 4, hospitalsPerOoad: 1);
        var ids = network.Hospitals.Select(h => h.Id).ToArray();
        var planned = Beds(network, [.. ids.Select((id, i) => (id, i < icu.Length ? (int)icu[i] : 0))]);
        var batch = new EquipmentDelivery(EquipmentItem.Ventilator, quantity, From, To);

        var plan = EquipmentPlan.ByOoad(Settings([batch]), network, Beds(network), planned);

        Assert.Equal(quantity, plan.Values.Sum(e => e.On(To).Ventilators));
        var date = From.AddDays(day % 100);
        Assert.True(plan.Values.Sum(e => e.On(date).Ventilators) <= batch.DeliveredBy(date));
    }

    private static EquipmentSettings Settings(ImmutableArray<EquipmentDelivery> deliveries) => new(
        true, new EquipmentRates(1, 1, 1, 1, 0.1), true, EquipmentRates.Zero, deliveries, EquipmentAllocationKind.ProportionalToIcuBeds);

    private static ImmutableSortedDictionary<string, LevelCounts> Beds(HospitalNetwork network, params (string Id, int Icu)[] icu)
    {
        var byId = icu.ToDictionary(b => b.Id, b => b.Icu, StringComparer.Ordinal);
        return network.Hospitals.ToImmutableSortedDictionary(
            h => h.Id, h => new LevelCounts(0, byId.GetValueOrDefault(h.Id)), StringComparer.Ordinal);
    }
}
