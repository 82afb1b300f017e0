using Capacity.Domain.Equipment;
using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

/// <summary>The <c>equipment:</c> section: defaults, parsing, errors and the writer's round trip.</summary>
public class EquipmentTests
{
    // Starts on line 7 of the minimal scenario.
    private const string Section = """
        equipment:
          enabled: true
          perIcuBed: { ventilator: 1, monitor: 0.5, crashCart: 0.2 }
          baseline:
            equipOpeningIcuBeds: false
            surplusPerCensusBed: { monitor: 0.1 }
          deliveries:
            - { item: ventilator, quantity: 100, from: 2020-04-01, to: 2020-04-30 }
            - { item: crashCart, quantity: 7, from: 2020-05-01, to: 2020-05-01, ooad: ags }
          allocation: proportional-to-icu-beds

        """;

    [Fact]
    public void Left_out_equipment_is_disabled_with_the_seed_standard_and_table_i5()
    {
        var equipment = ScenarioText.Load(ScenarioText.Minimal).Scenario.Equipment!;

        Assert.False(equipment.Enabled);
        Assert.Equal(new EquipmentRates(1, 1, 1, 1, 0.1), equipment.PerIcuBed);
        Assert.True(equipment.EquipOpeningIcuBeds);
        Assert.Equal(new EquipmentRates(0, 0, 0.5, 1, 0), equipment.SurplusPerCensusBed);
        Assert.Equal(EquipmentAllocationKind.ProportionalToIcuBeds, equipment.Allocation);

        // The mini network has none of the OOADs the repaired ventilators went to: only Table I.5's national batches.
        Assert.Equal(
            [(EquipmentItem.Ventilator, 5920), (EquipmentItem.Monitor, 1828), (EquipmentItem.CrashCart, 347)],
            equipment.Deliveries.Select(d => (d.Item, d.Quantity)));
        Assert.All(equipment.Deliveries, d => Assert.Equal((new DateOnly(2020, 3, 30), new DateOnly(2020, 6, 30), (string?)null), (d.From, d.To, d.Ooad)));
    }

    [Fact]
    public void The_defaults_send_the_29_repaired_ventilators_to_the_ooads_the_seed_names()
    {
        var repaired = ScenarioDefaults.Equipment.Deliveries.Where(d => d.Ooad is not null).ToArray();

        Assert.Equal([("bc", 14), ("mich", 10), ("pue", 3), ("oax", 2)], repaired.Select(d => (d.Ooad!, d.Quantity)));
        Assert.Equal(29, repaired.Sum(d => d.Quantity));
    }

    [Fact]
    public void A_written_section_is_read_with_defaults_for_the_items_it_leaves_out()
    {
        var equipment = ScenarioText.Load(ScenarioText.MinimalWith(Section)).Scenario.Equipment!;

        Assert.True(equipment.Enabled);
        Assert.Equal(new EquipmentRates(1, 0.5, 1, 1, 0.2), equipment.PerIcuBed);
        Assert.False(equipment.EquipOpeningIcuBeds);
        Assert.Equal(new EquipmentRates(0, 0.1, 0.5, 1, 0), equipment.SurplusPerCensusBed);
        Assert.Equal(
            [
                new EquipmentDelivery(EquipmentItem.Ventilator, 100, new(2020, 4, 1), new(2020, 4, 30)),
                new EquipmentDelivery(EquipmentItem.CrashCart, 7, new(2020, 5, 1), new(2020, 5, 1), "ags"),
            ],
            equipment.Deliveries.AsEnumerable());
    }

    [Fact]
    public void An_override_switches_the_limit_on()
    {
        Assert.True(ScenarioText.Load(ScenarioText.Minimal, "equipment.enabled=true").Scenario.Equipment!.Enabled);
    }

    [Theory]
    [InlineData("perIcuBed: { ventilator: -1 }", "equipment.perIcuBed.ventilator")]
    [InlineData("perIcuBed: { bed: 1 }", "equipment.perIcuBed.bed")]
    [InlineData("allocation: need-based", "equipment.allocation")]
    [InlineData("enabled: yes please", "equipment.enabled")]
    [InlineData("deliveries: [{ item: stretcher, quantity: 1, from: 2020-04-01, to: 2020-04-02 }]", "equipment.deliveries[0].item")]
    [InlineData("deliveries: [{ item: monitor, quantity: 1.5, from: 2020-04-01, to: 2020-04-02 }]", "equipment.deliveries[0].quantity")]
    public void Invalid_fields_are_reported_at_their_path(string field, string path)
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith($"equipment:\n  {field}\n"));

        Assert.Equal(path, error.Path);
        Assert.Equal(8, error.Line);
    }

    [Fact]
    public void A_delivery_ending_before_it_starts_is_an_error_at_its_last_day()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith(
            "equipment:\n  deliveries:\n    - { item: monitor, quantity: 5, from: 2020-05-01, to: 2020-04-01 }\n"));

        Assert.Equal("equipment.deliveries[0].to", error.Path);
        Assert.Equal((9, 59), (error.Line, error.Column));
        Assert.Contains("must be on or after from (2020-05-01), got 2020-04-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_delivery_to_an_ooad_outside_the_network_is_an_error_naming_the_known_ones()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith(
            "equipment:\n  deliveries:\n    - { item: ventilator, quantity: 14, from: 2020-04-01, to: 2020-06-30, ooad: bc }\n"));

        Assert.Equal("equipment.deliveries[0].ooad", error.Path);
        Assert.Equal(9, error.Line);
        Assert.Contains("unknown OOAD 'bc' in network imss-2020-mini", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_date_is_an_error_at_its_field()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith(
            "equipment:\n  deliveries:\n    - { item: monitor, quantity: 5, from: 2020-02-30, to: 2020-04-01 }\n"));

        Assert.Equal("equipment.deliveries[0].from", error.Path);
    }

    [Fact]
    public void ToYaml_round_trips_the_section()
    {
        var first = ScenarioText.Load(ScenarioText.MinimalWith(Section));

        var second = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(first.Scenario), "again.yaml");

        Assert.Equal(first.Scenario.Equipment!.Deliveries.AsEnumerable(), second.Scenario.Equipment!.Deliveries.AsEnumerable());
        Assert.Equal(first.Scenario.Equipment with { Deliveries = [] }, second.Scenario.Equipment with { Deliveries = [] });
        Assert.Equal(first.EffectiveYaml, second.EffectiveYaml);
    }

    [Fact]
    public void The_national_replay_writes_out_the_defaults_with_the_repaired_ventilators()
    {
        var equipment = ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", "national-2020.yaml")).Scenario.Equipment!;

        Assert.Equal(ScenarioDefaults.Equipment.Deliveries.AsEnumerable(), equipment.Deliveries.AsEnumerable());
        Assert.Equal(ScenarioDefaults.Equipment with { Deliveries = [] }, equipment with { Deliveries = [] });
    }
}
