using Capacity.Domain.Supply;
using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

/// <summary>The supply policy fields of <c>supply:</c>: defaults, mapping, errors and the writer's round trip.</summary>
public class SupplyPolicyTests
{
    [Fact]
    public void Left_out_the_policy_is_days_of_supply_with_no_staff_use_or_price()
    {
        var supply = ScenarioText.Load(ScenarioText.Minimal).Scenario.Supply;

        Assert.Equal((SupplyPolicyKind.DaysOfSupply, 0.0), (supply.Policy, supply.PushReserveDays));
        Assert.All(supply.Items, i => Assert.Equal((0.0, 0.0), (i.PerTeamDay, i.UnitPrice)));
    }

    [Theory]
    [InlineData("pull-min-max", SupplyPolicyKind.PullMinMax)]
    [InlineData("push-proportional", SupplyPolicyKind.PushProportional)]
    [InlineData("days-of-supply", SupplyPolicyKind.DaysOfSupply)]
    public void A_named_policy_is_mapped(string code, SupplyPolicyKind kind)
    {
        var yaml = ScenarioText.MinimalWith($"supply:\n  policy: {code}\n  pushReserveDays: 5\n  items:\n    n95: {{ perTeamDay: 1.5, unitPrice: 12 }}\n");

        var loaded = ScenarioText.Load(yaml);

        var supply = loaded.Scenario.Supply;
        Assert.Equal((kind, 5.0, 1.5, 12.0), (supply.Policy, supply.PushReserveDays, supply[SupplyItem.N95Respirator].PerTeamDay, supply[SupplyItem.N95Respirator].UnitPrice));
        Assert.Equal(loaded.EffectiveYaml, ScenarioLoader.LoadText(ScenarioWriter.ToYaml(loaded.Scenario), "again.yaml").EffectiveYaml);
    }

    [Fact]
    public void The_shipped_min_max_variant_is_the_replay_with_pull_min_max()
    {
        var variant = ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", "policy-pull-min-max.yaml"));
        var replay = ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", "national-2020.yaml")).Scenario;

        var v = variant.Scenario;
        Assert.Equal(SupplyPolicyKind.PushProportional, replay.Supply.Policy);
        Assert.Equal(
            ScenarioWriter.ToYaml(replay with { Name = v.Name, Description = v.Description, Supply = replay.Supply with { Policy = SupplyPolicyKind.PullMinMax } }),
            variant.EffectiveYaml);
    }

    [Fact]
    public void Stock_out_absence_is_mapped_and_round_trips()
    {
        var loaded = ScenarioText.Load(ScenarioText.MinimalWith("supply:\n  stockOutAbsence: { items: [n95, gown], absencePerShortfallShare: 0.5 }\n"));

        Assert.Equal(new StockOutAbsence([SupplyItem.N95Respirator, SupplyItem.Gown], 0.5), loaded.Scenario.Supply.StockOutAbsence);
        Assert.Equal(loaded.EffectiveYaml, ScenarioLoader.LoadText(ScenarioWriter.ToYaml(loaded.Scenario), "again.yaml").EffectiveYaml);
    }

    [Theory]
    [InlineData("supply:\n  policy: push\n", "supply.policy", 8)]
    [InlineData("supply:\n  stockOutAbsence: { items: [n59] }\n", "supply.stockOutAbsence.items[0]", 8)]
    [InlineData("supply:\n  pushReserveDays: -1\n", "supply.pushReserveDays", 8)]
    [InlineData("supply:\n  items:\n    n95: { perTeamDay: -1 }\n", "supply.items.n95.perTeamDay", 9)]
    [InlineData("supply:\n  items:\n    n95: { unitPrice: -3 }\n", "supply.items.n95.unitPrice", 9)]
    public void Invalid_policy_fields_are_reported_at_their_path(string tail, string path, int line)
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith(tail));

        Assert.Equal((path, line), (error.Path, error.Line));
    }
}
