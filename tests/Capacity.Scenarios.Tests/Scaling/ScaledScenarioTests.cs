using Capacity.Domain.Equipment;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Shocks;
using Capacity.Domain.Simulation;
using Capacity.Scenarios.Scaling;

namespace Capacity.Scenarios.Tests.Scaling;

public sealed class ScaledScenarioTests
{
    private static readonly Scenario National =
        ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", "national-2020.yaml")).Scenario;

    private static readonly Scenario Ten = ScaledScenario.Of(National, 10);

    [Fact]
    public void Factor_one_returns_the_scenario_itself()
    {
        Assert.Same(National, ScaledScenario.Of(National, 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Factors_below_one_are_rejected(int factor)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ScaledScenario.Of(National, factor));

        Assert.Equal("factor", error.ParamName);
    }

    [Fact]
    public void Name_and_network_source_say_the_factor_and_the_network_is_the_scaled_one()
    {
        Assert.Equal(
            ("national-2020-x10", "builtin:imss-2020 x10"),
            (Ten.Name, Ten.NetworkSource));
        Assert.Same(ScaledNetwork.Of(National.Network, 10), Ten.Network);
    }

    [Fact]
    public void Schedule_steps_are_ten_times_the_national_ones()
    {
        Assert.Equal(
            National.Reconversion.Schedule.Select(s => s with { Hospitals = s.Hospitals * 10, CovidBeds = s.CovidBeds * 10, ExclusiveHospitals = s.ExclusiveHospitals * 10 }),
            Ten.Reconversion.Schedule);
    }

    [Fact]
    public void The_scaled_schedule_converts_the_national_hospitals_and_their_replicas_with_ten_times_the_beds()
    {
        var national = FinalCovidBeds(National);
        var scaled = FinalCovidBeds(Ten);

        Assert.Equal(
            national.Keys.SelectMany(id => ScaledNetwork.ReplicaIds(id, 10).Prepend(id)).Order(StringComparer.Ordinal),
            scaled.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(12_195 * 10, scaled.Values.Sum());
    }

    [Fact]
    public void Temporary_unit_entries_are_repeated_for_every_replica_of_their_unit()
    {
        var expected = National.Reconversion.TemporaryUnits
            .SelectMany(u => ScaledNetwork.ReplicaIds(u.HospitalId, 10).Select(id => u with { HospitalId = id }).Prepend(u));

        Assert.Equal(expected, Ten.Reconversion.TemporaryUnits);
        Assert.Equal(24 * 10, Ten.Reconversion.TemporaryUnits.Length);
    }

    [Fact]
    public void Staff_pool_and_hires_are_ten_times_the_national_ones()
    {
        Assert.Equal(1_388 * 10, Ten.Staffing!.BaseTeams);
        Assert.Equal(National.Staffing!.Hires.Select(h => h with { Teams = h.Teams * 10 }), Ten.Staffing.Hires);
        Assert.Equal(National.Staffing with { BaseTeams = 0, Hires = [] }, Ten.Staffing with { BaseTeams = 0, Hires = [] });
    }

    [Fact]
    public void Equipment_deliveries_are_ten_times_the_national_ones()
    {
        Assert.Equal(
            National.Equipment!.Deliveries.Select(d => d with { Quantity = d.Quantity * 10 }),
            Ten.Equipment!.Deliveries);
        Assert.Equal(59_200, Ten.Equipment.Deliveries[0].Quantity);
    }

    [Fact]
    public void Supplier_capacity_of_every_item_is_ten_times_the_national_one()
    {
        Assert.Equal(
            National.Supply.Items.Select(i => i with { SupplierDailyCapacity = i.SupplierDailyCapacity * 10 }),
            Ten.Supply.Items);
    }

    [Fact]
    public void Trigger_blocks_and_the_transfer_wave_threshold_are_ten_times_the_national_ones()
    {
        Assert.Equal(
            (240, 240, 100),
            (Ten.Reconversion.Trigger.BlockBeds, Ten.Reconversion.Forecast.BlockBeds, Ten.Transfers!.WaveThreshold));
        Assert.Equal(National.Transfers!.Neighbours, Ten.Transfers.Neighbours);
    }

    [Fact]
    public void Relative_settings_are_the_national_ones()
    {
        Assert.Same(National.Demand, Ten.Demand);
        Assert.Same(National.Care, Ten.Care);
        Assert.Same(National.Capacity, Ten.Capacity);
        Assert.Same(National.Oxygen, Ten.Oxygen);
        Assert.Same(National.Ventilators, Ten.Ventilators);
        Assert.Equal(
            (National.Seed, National.Start, National.Days, National.Reconversion.LeadDays, National.Reconversion.Reversion),
            (Ten.Seed, Ten.Start, Ten.Days, Ten.Reconversion.LeadDays, Ten.Reconversion.Reversion));
    }

    [Fact]
    public void Observed_admissions_are_ten_times_the_file_ones()
    {
        var observed = ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", "observed-example.yaml")).Scenario;

        var scaled = ScaledScenario.Of(observed, 10).Demand.Observed!;

        var original = observed.Demand.Observed!;
        Assert.Equal(original.ByOoad.Keys, scaled.ByOoad.Keys);
        Assert.All(original.ByOoad, entry => Assert.Equal(
            entry.Value.Select(p => p with { Admissions = p.Admissions * 10, IcuAdmissions = p.IcuAdmissions * 10 }),
            scaled.ByOoad[entry.Key]));
        Assert.Equal((original.File, original.Sha256), (scaled.File, scaled.Sha256));
    }

    [Fact]
    public void A_warehouse_outage_hits_every_replica_of_its_warehouse_and_other_shocks_stay()
    {
        var from = new DateOnly(2020, 5, 1);
        var surge = new Shock(ShockKind.DemandSurge, from, 10, 2, "jal");
        var outage = new Shock(ShockKind.WarehouseOutage, from, 5, 0, null, Warehouse: "wh-jal-1");
        var central = new Shock(ShockKind.WarehouseOutage, from, 5, 0, null, Warehouse: "central");

        var scaled = ScaledScenario.Of(National with { Shocks = [surge, outage, central] }, 3);

        Assert.Equal(
            [surge, outage, outage with { Warehouse = "wh-jal-1-r02" }, outage with { Warehouse = "wh-jal-1-r03" }, central],
            scaled.Shocks);
    }

    [Fact]
    public void A_temporary_unit_the_network_does_not_have_is_rejected_naming_the_field()
    {
        var unit = new TemporaryUnitPlan("nowhere-tu-01", new DateOnly(2020, 5, 1), null, HospitalRole.Temporary, 0.2);
        var scenario = National with { Reconversion = National.Reconversion with { TemporaryUnits = [unit] } };

        var error = Assert.Throws<ArgumentException>(() => ScaledScenario.Of(scenario, 2));

        Assert.StartsWith("reconversion.temporaryUnits[0].unit: 'nowhere-tu-01' is not a hospital", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_that_overflows_once_scaled_is_rejected_naming_the_field()
    {
        var delivery = new EquipmentDelivery(EquipmentItem.Monitor, int.MaxValue / 5, new DateOnly(2020, 4, 1), new DateOnly(2020, 5, 1));
        var scenario = National with { Equipment = National.Equipment! with { Deliveries = [delivery] } };

        var error = Assert.Throws<ArgumentException>(() => ScaledScenario.Of(scenario, 10));

        Assert.StartsWith("equipment.deliveries[0].quantity: 429496729 × 10 does not fit", error.Message, StringComparison.Ordinal);
    }

    // COVID beds of every UMAE and second-level hospital after the schedule's last step (hospitals with any).
    private static Dictionary<string, int> FinalCovidBeds(Scenario scenario)
    {
        var permanent = scenario.Network.Hospitals
            .Where(h => h.Type is HospitalType.Umae or HospitalType.SecondLevel)
            .Select(h => h.Id)
            .ToHashSet(StringComparer.Ordinal);
        return SchedulePlan.Build(scenario.Network, scenario.Reconversion)
            .Where(c => permanent.Contains(c.HospitalId))
            .GroupBy(c => c.HospitalId, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Beds: g.Last().Beds.Total))
            .Where(h => h.Beds > 0)
            .ToDictionary(h => h.Id, h => h.Beds, StringComparer.Ordinal);
    }
}
