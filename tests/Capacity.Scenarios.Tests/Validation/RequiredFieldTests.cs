using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

public class RequiredFieldTests
{
    [Fact]
    public void Missing_required_field_is_reported_at_the_parent_mapping()
    {
        var yaml = ScenarioText.Minimal.Replace("days: 30\n", "", StringComparison.Ordinal);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(new ScenarioError("test.yaml", 1, 1, "days", "missing required field 'days'"), error);
    }

    [Fact]
    public void Missing_nested_required_field_names_its_full_path()
    {
        var yaml = ScenarioText.Minimal.Replace("network:\n  builtin: imss-2020-mini\n", "network: {}\n", StringComparison.Ordinal);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(new ScenarioError("test.yaml", 5, 10, "network.builtin", "missing required field 'builtin'"), error);
    }

    [Fact]
    public void Wave_needs_peak_width_and_share()
    {
        var yaml = ScenarioText.MinimalWith("demand:\n  waves:\n    - peak: 2020-06-01\n");

        var errors = ScenarioText.Errors(yaml);

        Assert.Equal(
            [
                new ScenarioError("test.yaml", 9, 7, "demand.waves[0].share", "missing required field 'share'"),
                new ScenarioError("test.yaml", 9, 7, "demand.waves[0].widthDays", "missing required field 'widthDays'"),
            ],
            errors);
    }
}
