using Capacity.Domain.Shocks;
using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

/// <summary>The <c>shocks:</c> list: parsing, errors and the writer's round trip.</summary>
public class ShocksTests
{
    private const string Section = """
        shocks:
          - { kind: demand-surge, from: 2020-05-01, days: 30, factor: 2.5, ooad: nay }
          - { kind: demand-surge, from: 2020-05-10, days: 5, factor: 1.2 }
          - { kind: staff-absence, from: 2020-04-01, days: 60, share: 0.2 }

        """;

    [Fact]
    public void Left_out_there_are_no_shocks()
    {
        Assert.Empty(ScenarioText.Load(ScenarioText.Minimal).Scenario.Shocks);
    }

    [Fact]
    public void A_written_list_is_mapped_in_file_order()
    {
        var shocks = ScenarioText.Load(ScenarioText.MinimalWith(Section)).Scenario.Shocks;

        Assert.Equal(
            [
                new Shock(ShockKind.DemandSurge, new DateOnly(2020, 5, 1), 30, 2.5, "nay"),
                new Shock(ShockKind.DemandSurge, new DateOnly(2020, 5, 10), 5, 1.2, null),
                new Shock(ShockKind.StaffAbsence, new DateOnly(2020, 4, 1), 60, 0.2, null),
            ],
            shocks.AsEnumerable());
    }

    [Theory]
    [InlineData("{ kind: demand-surge, from: 2020-05-01, days: 3 }", "shocks[0].factor", "a demand-surge shock needs 'factor'")]
    [InlineData("{ kind: demand-surge, from: 2020-05-01, days: 3, factor: 2, share: 0.1 }", "shocks[0].share", "a demand-surge shock has no 'share'")]
    [InlineData("{ kind: staff-absence, from: 2020-05-01, days: 3, share: 0.1, ooad: nay }", "shocks[0].ooad", "staff absence applies to the national ERC pool")]
    [InlineData("{ kind: demand-surge, from: 2020-05-01, days: 3, factor: 2, ooad: naya }", "shocks[0].ooad", "unknown OOAD 'naya'")]
    [InlineData("{ kind: staff-absence, from: 2020-05-01, days: 0, share: 0.1 }", "shocks[0].days", "")]
    [InlineData("{ kind: oxygen-embargo, from: 2020-05-01, days: 3 }", "shocks[0].kind", "")]
    [InlineData("{ kind: staff-absence, from: 2020-02-30, days: 3, share: 0.1 }", "shocks[0].from", "")]
    public void Invalid_shocks_are_reported_at_their_path(string shock, string path, string message)
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith($"shocks:\n  - {shock}\n"));

        Assert.Equal((path, 8), (error.Path, error.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToYaml_round_trips_the_list()
    {
        var first = ScenarioText.Load(ScenarioText.MinimalWith(Section));

        var second = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(first.Scenario), "again.yaml");

        Assert.Equal(first.Scenario.Shocks.AsEnumerable(), second.Scenario.Shocks.AsEnumerable());
        Assert.Equal(first.EffectiveYaml, second.EffectiveYaml);
    }

    [Theory]
    [InlineData("stress-staff-absence-20.yaml", ShockKind.StaffAbsence, 0.2)]
    [InlineData("stress-double-wave.yaml", ShockKind.DemandSurge, 2)]
    [InlineData("stress-oxygen-outage.yaml", ShockKind.OxygenPlantOutage, 1)]
    public void The_shipped_stress_tests_are_the_replay_with_one_shock(string file, ShockKind kind, double value)
    {
        var stress = ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", file));
        var replay = ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", "national-2020.yaml")).Scenario;

        var s = stress.Scenario;
        var shock = Assert.Single(s.Shocks);
        Assert.Equal((kind, value), (shock.Kind, shock.Value));
        Assert.Equal(ScenarioWriter.ToYaml(replay with { Name = s.Name, Description = s.Description, Shocks = s.Shocks }), stress.EffectiveYaml);
    }
}
