using Capacity.Domain.Ventilators;
using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

/// <summary>The <c>ventilators:</c> section: defaults, parsing, errors and the writer's round trip.</summary>
public class VentilatorsTests
{
    private const string Section = """
        ventilators:
          enabled: true
          ventilatedShare: 0.6
          repairDays: 3
          allocation: central-reserve
          reserveShare: 0.2

        """;

    [Fact]
    public void Left_out_ventilators_are_off_with_the_documented_defaults()
    {
        var ventilators = ScenarioText.Load(ScenarioText.Minimal).Scenario.Ventilators!;

        Assert.Equal(VentilatorDefaults.Settings, ventilators);
        Assert.False(ventilators.Enabled);
        Assert.Equal((1, 0.87, 0.002, 14, 0.5), (ventilators.InitialPerIcuBed, ventilators.VentilatedShare, ventilators.FailureRate, ventilators.RepairDays, ventilators.LossDeathRate));
        Assert.Equal(VentilatorAllocationKind.ProportionalToIcuBeds, ventilators.Allocation);
    }

    [Fact]
    public void A_written_section_is_read_with_defaults_for_the_fields_it_leaves_out()
    {
        var ventilators = ScenarioText.Load(ScenarioText.MinimalWith(Section)).Scenario.Ventilators!;

        Assert.Equal(
            VentilatorDefaults.Settings with
            {
                Enabled = true, VentilatedShare = 0.6, RepairDays = 3, Allocation = VentilatorAllocationKind.CentralReserve, ReserveShare = 0.2,
            },
            ventilators);
    }

    [Theory]
    [InlineData("need-based", VentilatorAllocationKind.NeedBased)]
    [InlineData("central-reserve", VentilatorAllocationKind.CentralReserve)]
    [InlineData("proportional-to-icu-beds", VentilatorAllocationKind.ProportionalToIcuBeds)]
    public void An_override_picks_the_allocation(string code, VentilatorAllocationKind kind)
    {
        Assert.Equal(kind, ScenarioText.Load(ScenarioText.Minimal, $"ventilators.allocation={code}").Scenario.Ventilators!.Allocation);
    }

    [Theory]
    [InlineData("ventilatedShare: 1.5", "ventilators.ventilatedShare")]
    [InlineData("failureRate: -0.1", "ventilators.failureRate")]
    [InlineData("repairDays: 0", "ventilators.repairDays")]
    [InlineData("repairDays: 2.5", "ventilators.repairDays")]
    [InlineData("allocation: first-come", "ventilators.allocation")]
    [InlineData("enabled: yes please", "ventilators.enabled")]
    [InlineData("perIcuBed: 1", "ventilators.perIcuBed")]
    public void Invalid_fields_are_reported_at_their_path_line_and_column(string field, string path)
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith($"ventilators:\n  {field}\n"));

        Assert.Equal(path, error.Path);
        Assert.Equal(8, error.Line);
        Assert.True(error.Column > 0);
    }

    [Fact]
    public void ToYaml_round_trips_the_section()
    {
        var first = ScenarioText.Load(ScenarioText.MinimalWith(Section));

        var second = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(first.Scenario), "again.yaml");

        Assert.Equal(first.Scenario.Ventilators, second.Scenario.Ventilators);
        Assert.Equal(first.EffectiveYaml, second.EffectiveYaml);
    }

    [Fact]
    public void The_national_replay_runs_with_the_fleet_on_and_the_default_rates()
    {
        var ventilators = ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", "national-2020.yaml")).Scenario.Ventilators!;

        Assert.Equal(VentilatorDefaults.Settings with { Enabled = true }, ventilators);
    }
}
