using Capacity.Domain.Oxygen;
using Capacity.Domain.Shocks;
using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

/// <summary>The <c>oxygen:</c> section and the <c>oxygen-plant-outage</c> shock: defaults, parsing, errors, round trip.</summary>
public class OxygenTests
{
    // Starts on line 7 of the minimal scenario.
    private const string Section = """
        oxygen:
          enabled: true
          wardOnOxygenShare: 0.8
          tankDays: 5
          leadTimeDays: 2
          plantCapacityFactor: 0.9
        shocks:
          - { kind: oxygen-plant-outage, from: 2020-03-10, days: 7, ooad: nay }
          - { kind: oxygen-plant-outage, from: 2020-03-20, days: 3, share: 0.5 }

        """;

    [Fact]
    public void Left_out_oxygen_is_disabled_with_the_who_rates_and_the_assumed_storage()
    {
        var oxygen = ScenarioText.Load(ScenarioText.Minimal).Scenario.Oxygen!;

        Assert.Equal(new OxygenSettings(false, 14_400, 43_200, 1, 3, 1, 1, 2, 1, 1, 1.5, 0.3), oxygen);
    }

    [Fact]
    public void A_written_section_is_read_with_defaults_for_the_fields_it_leaves_out_and_outages_default_to_the_whole_plant()
    {
        var scenario = ScenarioText.Load(ScenarioText.MinimalWith(Section)).Scenario;

        Assert.Equal(new OxygenSettings(true, 14_400, 43_200, 0.8, 5, 1, 1, 2, 1, 2, 0.9, 0.3), scenario.Oxygen);
        Assert.Equal(
            [
                new Shock(ShockKind.OxygenPlantOutage, new DateOnly(2020, 3, 10), 7, 1, "nay"),
                new Shock(ShockKind.OxygenPlantOutage, new DateOnly(2020, 3, 20), 3, 0.5, null),
            ],
            scenario.Shocks.AsEnumerable());
    }

    [Theory]
    [InlineData("oxygen:\n  tankDays: -1\n", "oxygen.tankDays", 8, 13, "")]
    [InlineData("oxygen:\n  leadTimeDays: 0\n", "oxygen.leadTimeDays", 8, 17, "")]
    [InlineData("oxygen:\n  tankDay: 3\n", "oxygen.tankDay", 8, 3, "")]
    [InlineData("oxygen:\n  enabled: yes\n", "oxygen.enabled", 8, 12, "")]
    [InlineData("oxygen:\n  tankDays: 1\n  reorderPointDays: 2\n", "oxygen.reorderPointDays", 9, 21, "must be below tankDays + cylinderDays (2)")]
    [InlineData("shocks:\n  - { kind: oxygen-plant-outage, from: 2020-03-10, days: 7, ooad: naya }\n", "shocks[0].ooad", 8, 67, "unknown OOAD 'naya'")]
    [InlineData("shocks:\n  - { kind: oxygen-plant-outage, from: 2020-03-10, days: 7, factor: 2 }\n", "shocks[0].factor", 8, 69, "has no 'factor'")]
    [InlineData("shocks:\n  - { kind: oxygen-plant-outage, from: 2020-03-10, days: 7, share: 1.5 }\n", "shocks[0].share", 8, 68, "")]
    [InlineData("shocks:\n  - { kind: staff-absence, from: 2020-03-10, days: 7, share: 1 }\n", "shocks[0].share", 8, 62, "a staff-absence share must be below 1")]
    public void Invalid_oxygen_fields_are_reported_at_their_file_line_column_and_path(string tail, string path, int line, int column, string message)
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith(tail));

        Assert.Equal((ScenarioText.File, path, line, column), (error.File, error.Path, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToYaml_round_trips_the_section_and_the_outages()
    {
        var first = ScenarioText.Load(ScenarioText.MinimalWith(Section));

        var second = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(first.Scenario), "again.yaml");

        Assert.Equal(first.Scenario.Oxygen, second.Scenario.Oxygen);
        Assert.Equal(first.Scenario.Shocks.AsEnumerable(), second.Scenario.Shocks.AsEnumerable());
        Assert.Equal(first.EffectiveYaml, second.EffectiveYaml);
    }

    [Fact]
    public void The_2020_replay_runs_with_oxygen_and_the_outage_stress_test_cuts_the_mex_oriente_plant_in_june()
    {
        var replay = ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", "national-2020.yaml")).Scenario;
        var stress = ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", "stress-oxygen-outage.yaml")).Scenario;

        Assert.Equal(OxygenDefaults.Settings with { Enabled = true }, replay.Oxygen);
        Assert.Equal(new Shock(ShockKind.OxygenPlantOutage, new DateOnly(2020, 6, 1), 21, 1, "mex-oriente"), Assert.Single(stress.Shocks));
    }
}
