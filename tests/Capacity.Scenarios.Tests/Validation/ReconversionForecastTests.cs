using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

/// <summary>The <c>reconversion.forecast</c> settings of the forecast-trigger policy: ranges, types, unknown fields.</summary>
public class ReconversionForecastTests
{
    [Theory]
    [InlineData("horizonDays: 121", 28, "horizonDays", "must be ≥ 0 and ≤ 120, got 121")]
    [InlineData("margin: -0.1", 23, "margin", "must be ≥ 0 and ≤ 5, got -0.1")]
    [InlineData("margin: 5.5", 23, "margin", "must be ≥ 0 and ≤ 5, got 5.5")]
    [InlineData("blockBeds: 0", 26, "blockBeds", "must be ≥ 1 and ≤ 1000, got 0")]
    [InlineData("blockBeds: 1001", 26, "blockBeds", "must be ≥ 1 and ≤ 1000, got 1001")]
    public void Out_of_range_forecast_field_states_the_range_at_the_value(string field, int column, string key, string message)
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith($"reconversion:\n  forecast: {{ {field} }}\n"));

        Assert.Equal(new ScenarioError("test.yaml", 8, column, $"reconversion.forecast.{key}", message), error);
    }

    [Fact]
    public void Fractional_horizon_is_an_error()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("reconversion:\n  forecast: { horizonDays: 2.5 }\n"));

        Assert.Equal(new ScenarioError("test.yaml", 8, 28, "reconversion.forecast.horizonDays", "expected an integer, got number 2.5"), error);
    }

    [Fact]
    public void Unknown_forecast_field_is_reported_at_its_key()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("reconversion:\n  forecast:\n    horizon: 7\n"));

        Assert.Equal(
            new ScenarioError("test.yaml", 9, 5, "reconversion.forecast.horizon", "unknown field 'horizon'"),
            error);
    }

    [Fact]
    public void Out_of_range_forecast_set_from_the_command_line_names_the_path()
    {
        var error = ScenarioText.Error(ScenarioText.Minimal, "reconversion.forecast.margin=-1");

        Assert.Equal(new ScenarioError("--set", 0, 0, "reconversion.forecast.margin", "must be ≥ 0 and ≤ 5, got -1"), error);
    }
}
