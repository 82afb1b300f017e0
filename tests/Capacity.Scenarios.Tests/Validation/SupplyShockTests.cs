using Capacity.Domain.Shocks;
using Capacity.Domain.Supply;
using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

/// <summary>The supply shocks of the <c>shocks:</c> list: mapping, errors and the writer's round trip.</summary>
public class SupplyShockTests
{
    private const string Section = """
        shocks:
          - { kind: supplier-delay, from: 2020-04-01, days: 30, item: n95, factor: 3 }
          - { kind: supplier-embargo, from: 2020-04-15, days: 30, item: glove_pair }
          - { kind: warehouse-outage, from: 2020-05-01, days: 7, warehouse: central }
          - { kind: transport-disruption, from: 2020-05-01, days: 10, extraDays: 4, ooad: nay }
          - { kind: transport-disruption, from: 2020-06-01, days: 2, extraDays: 1 }

        """;

    [Fact]
    public void Supply_shocks_are_mapped_with_their_item_warehouse_and_ooad()
    {
        var shocks = ScenarioText.Load(ScenarioText.MinimalWith(Section)).Scenario.Shocks;

        Assert.Equal(
            [
                new Shock(ShockKind.SupplierDelay, new DateOnly(2020, 4, 1), 30, 3, null, SupplyItem.N95Respirator),
                new Shock(ShockKind.SupplierEmbargo, new DateOnly(2020, 4, 15), 30, 0, null, SupplyItem.GlovePair),
                new Shock(ShockKind.WarehouseOutage, new DateOnly(2020, 5, 1), 7, 0, null, null, "central"),
                new Shock(ShockKind.TransportDisruption, new DateOnly(2020, 5, 1), 10, 4, "nay"),
                new Shock(ShockKind.TransportDisruption, new DateOnly(2020, 6, 1), 2, 1, null),
            ],
            shocks.AsEnumerable());
    }

    [Fact]
    public void ToYaml_round_trips_supply_shocks()
    {
        var first = ScenarioText.Load(ScenarioText.MinimalWith(Section));

        var second = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(first.Scenario), "again.yaml");

        Assert.Equal(first.Scenario.Shocks.AsEnumerable(), second.Scenario.Shocks.AsEnumerable());
        Assert.Equal(first.EffectiveYaml, second.EffectiveYaml);
    }

    [Theory]
    [InlineData("{ kind: supplier-delay, from: 2020-05-01, days: 3, item: n95 }", "shocks[0].factor", "a supplier-delay shock needs 'factor'")]
    [InlineData("{ kind: supplier-delay, from: 2020-05-01, days: 3, factor: 2 }", "shocks[0].item", "a supplier-delay shock needs 'item'")]
    [InlineData("{ kind: supplier-embargo, from: 2020-05-01, days: 3, item: n96 }", "shocks[0].item", "unknown item 'n96' (did you mean 'n95'")]
    [InlineData("{ kind: supplier-embargo, from: 2020-05-01, days: 3, item: n95, factor: 2 }", "shocks[0].factor", "a supplier-embargo shock has no 'factor'")]
    [InlineData("{ kind: warehouse-outage, from: 2020-05-01, days: 3 }", "shocks[0].warehouse", "a warehouse-outage shock needs 'warehouse'")]
    [InlineData("{ kind: warehouse-outage, from: 2020-05-01, days: 3, warehouse: centrl }", "shocks[0].warehouse", "unknown warehouse 'centrl' (did you mean 'central'")]
    [InlineData("{ kind: warehouse-outage, from: 2020-05-01, days: 3, warehouse: central, ooad: nay }", "shocks[0].ooad", "a warehouse-outage shock has no 'ooad'")]
    [InlineData("{ kind: transport-disruption, from: 2020-05-01, days: 3 }", "shocks[0].extraDays", "a transport-disruption shock needs 'extraDays'")]
    [InlineData("{ kind: transport-disruption, from: 2020-05-01, days: 3, extraDays: 2, ooad: naya }", "shocks[0].ooad", "unknown OOAD 'naya'")]
    [InlineData("{ kind: transport-disruption, from: 2020-05-01, days: 3, extraDays: 0 }", "shocks[0].extraDays", "")]
    [InlineData("{ kind: transport-disruption, from: 2020-05-01, days: 3, extraDays: 2, item: n95 }", "shocks[0].item", "a transport-disruption shock has no 'item'")]
    public void Invalid_supply_shocks_are_reported_at_their_path(string shock, string path, string message)
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith($"shocks:\n  - {shock}\n"));

        Assert.Equal((path, 8), (error.Path, error.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_n95_embargo_is_the_replay_with_one_embargo()
    {
        var stress = ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", "stress-n95-embargo.yaml"));
        var replay = ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", "national-2020.yaml")).Scenario;

        var s = stress.Scenario;
        var shock = Assert.Single(s.Shocks);
        Assert.Equal((ShockKind.SupplierEmbargo, SupplyItem.N95Respirator, 30), (shock.Kind, shock.Item, shock.Days));
        Assert.Equal(ScenarioWriter.ToYaml(replay with { Name = s.Name, Description = s.Description, Shocks = s.Shocks }), stress.EffectiveYaml);
    }
}
