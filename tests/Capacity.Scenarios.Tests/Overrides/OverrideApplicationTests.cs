using Capacity.Domain.Demand;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Overrides;

public class OverrideApplicationTests
{
    private const string OneWave = "demand:\n  waves:\n    - { peak: 2020-06-01, widthDays: 28, share: 1 }\n";

    [Fact]
    public void Set_replaces_a_value_written_in_the_file()
    {
        var loaded = ScenarioText.Load(ScenarioText.Minimal, "seed=42");

        Assert.Equal(42, loaded.Scenario.Seed);
    }

    [Fact]
    public void Later_set_wins()
    {
        var loaded = ScenarioText.Load(ScenarioText.Minimal, "days=10", "days=20");

        Assert.Equal(20, loaded.Scenario.Days);
    }

    [Fact]
    public void Set_on_a_missing_path_creates_it()
    {
        var loaded = ScenarioText.Load(ScenarioText.Minimal, "demand.regions.yuc.multiplier=2", "supply.items.n95.supplierDailyCapacity=1000");

        Assert.Equal(new RegionalDemand(2, 0), Assert.Single(loaded.Scenario.Demand.Regions, r => r.Key == "yuc").Value);
        Assert.Equal(
            ScenarioDefaults.Item(SupplyItem.N95Respirator) with { SupplierDailyCapacity = 1000 },
            loaded.Scenario.Supply[SupplyItem.N95Respirator]);
    }

    [Fact]
    public void Set_value_is_read_as_YAML()
    {
        var loaded = ScenarioText.Load(
            ScenarioText.Minimal, "outputs.formats=[parquet]", "description='2020'", "care.ward={ meanStayDays: 6 }");

        Assert.Equal([OutputFormat.Parquet], loaded.Scenario.Outputs);
        Assert.Equal("2020", loaded.Scenario.Description);
        Assert.Equal(ScenarioDefaults.Ward with { MeanStayDays = 6 }, loaded.Scenario.Care.Ward);
    }

    [Fact]
    public void Set_can_edit_one_wave_and_append_another()
    {
        var yaml = ScenarioText.MinimalWith(OneWave);

        var loaded = ScenarioText.Load(
            yaml, "demand.waves[0].share=0.5", "demand.waves[1]={ peak: 2020-12-01, widthDays: 20, share: 0.5 }");

        Assert.Equal(
            [new Wave(new DateOnly(2020, 6, 1), 28, 0.5), new Wave(new DateOnly(2020, 12, 1), 20, 0.5)],
            loaded.Scenario.Demand.Waves);
    }

    [Fact]
    public void Set_fills_an_empty_section_of_the_file()
    {
        var loaded = ScenarioText.Load(ScenarioText.MinimalWith("demand:\n"), "demand.attackRate=0.02");

        Assert.Equal(0.02, loaded.Scenario.Demand.AttackRate);
    }

    [Fact]
    public void Set_through_a_scalar_is_an_error()
    {
        var error = ScenarioText.Error(ScenarioText.Minimal, "seed.value=1");

        Assert.Equal(new ScenarioError("--set", 0, 0, "seed.value", "cannot set 'seed.value': 'seed' is the scalar '1', not a mapping"), error);
    }

    [Fact]
    public void Set_with_an_index_on_a_mapping_is_an_error()
    {
        var error = ScenarioText.Error(ScenarioText.Minimal, "network[0]=x");

        Assert.Equal(new ScenarioError("--set", 0, 0, "network[0]", "cannot set 'network[0]': 'network' is a mapping, not a sequence"), error);
    }

    [Fact]
    public void Set_with_an_index_past_the_end_is_an_error()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith(OneWave), "demand.waves[3].share=0.5");

        Assert.Equal(
            new ScenarioError(
                "--set", 0, 0, "demand.waves[3].share",
                "index 3 is out of range: 'demand.waves' has 1 item(s); use [0] to [0], or [1] to append"),
            error);
    }

    [Fact]
    public void Set_producing_an_invalid_value_is_an_error_from_set()
    {
        var error = ScenarioText.Error(ScenarioText.Minimal, "demand.attackRate=1.5");

        Assert.Equal(new ScenarioError("--set", 0, 0, "demand.attackRate", "must be ≥ 0 and ≤ 1, got 1.5"), error);
    }

    [Fact]
    public void Set_replacing_a_file_value_reports_the_set_not_the_file()
    {
        var error = ScenarioText.Error(ScenarioText.Minimal, "days=abc");

        Assert.Equal(new ScenarioError("--set", 0, 0, "days", "expected an integer, got string 'abc'"), error);
    }

    [Fact]
    public void Set_of_an_unknown_field_is_an_error_from_set()
    {
        var error = ScenarioText.Error(ScenarioText.Minimal, "demand.atackRate=0.1");

        Assert.Equal(
            new ScenarioError("--set", 0, 0, "demand.atackRate", "unknown field 'atackRate' (did you mean 'attackRate'?)"),
            error);
    }

    [Fact]
    public void Set_of_an_unknown_network_is_an_error_from_set()
    {
        var error = ScenarioText.Error(ScenarioText.Minimal, "network.builtin=chile-2020");

        Assert.Equal(
            new ScenarioError("--set", 0, 0, "network.builtin", "unknown network 'chile-2020'; known: imss-2020, imss-2020-mini"),
            error);
    }

    [Fact]
    public void Errors_inside_a_set_value_name_the_set_and_the_inner_field()
    {
        var errors = ScenarioText.Errors(ScenarioText.Minimal, "demand.waves[0].peak=2020-05-01");

        Assert.Equal(
            [
                new ScenarioError("--set", 0, 0, "demand.waves[0].peak", "missing required field 'share' (at demand.waves[0].share)"),
                new ScenarioError("--set", 0, 0, "demand.waves[0].peak", "missing required field 'widthDays' (at demand.waves[0].widthDays)"),
            ],
            errors);
    }

    [Fact]
    public void File_errors_and_set_errors_are_reported_together_file_first()
    {
        var yaml = ScenarioText.MinimalWith("care:\n  maxStayDays: 1\n");

        var errors = ScenarioText.Errors(yaml, "seed=-5");

        Assert.Equal(
            [
                new ScenarioError("test.yaml", 8, 16, "care.maxStayDays", "must be ≥ 5 and ≤ 365, got 1"),
                new ScenarioError("--set", 0, 0, "seed", "must be ≥ 0, got -5"),
            ],
            errors);
    }

    [Fact]
    public void Override_constructed_without_parse_is_still_checked()
    {
        var exception = Assert.Throws<ScenarioException>(
            () => ScenarioLoader.LoadText(ScenarioText.Minimal, "test.yaml", [new ScenarioOverride("a..b", "1")]));

        Assert.Equal(
            new ScenarioError("--set", 0, 0, "a..b", "malformed path 'a..b': each step is a field name, optionally followed by [index]"),
            Assert.Single(exception.Errors));
    }

    [Fact]
    public void Set_changes_the_effective_yaml_and_its_hash()
    {
        var plain = ScenarioText.Load(ScenarioText.Minimal);

        var overridden = ScenarioText.Load(ScenarioText.Minimal, "seed=2");

        Assert.Equal(plain.EffectiveYaml.Replace("seed: 1\n", "seed: 2\n", StringComparison.Ordinal), overridden.EffectiveYaml);
        Assert.NotEqual(plain.Sha256, overridden.Sha256);
    }
}
