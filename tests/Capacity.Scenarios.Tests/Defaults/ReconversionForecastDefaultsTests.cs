using Capacity.Domain.Reconversion;
using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Defaults;

/// <summary>The <c>reconversion.forecast</c> settings of the forecast-trigger policy: parsing, defaults, round trip.</summary>
public class ReconversionForecastDefaultsTests
{
    [Fact]
    public void Default_forecast_is_14_days_15_percent_and_one_ERC_block()
    {
        Assert.Equal(new ForecastTrigger(14, 0.15, ErcTeams.BedsPerTeam), ScenarioDefaults.Forecast);
        Assert.Equal(ScenarioDefaults.Forecast, ScenarioDefaults.Reconversion.Forecast);
    }

    [Fact]
    public void Minimal_scenario_has_the_default_forecast()
    {
        var reconversion = ScenarioText.Load(ScenarioText.Minimal).Scenario.Reconversion;

        Assert.Equal(new ForecastTrigger(14, 0.15, 24), reconversion.Forecast);
    }

    [Fact]
    public void Forecast_trigger_policy_and_written_forecast_are_mapped()
    {
        var yaml = ScenarioText.MinimalWith(
            "reconversion:\n  policy: forecast-trigger\n  leadDays: 5\n  forecast: { horizonDays: 21, margin: 0.3, blockBeds: 48 }\n");

        var reconversion = ScenarioText.Load(yaml).Scenario.Reconversion;

        Assert.Equal(
            (ReconversionPolicyKind.ForecastTrigger, 5, new ForecastTrigger(21, 0.3, 48), ScenarioDefaults.Trigger),
            (reconversion.Policy, reconversion.LeadDays, reconversion.Forecast, reconversion.Trigger));
    }

    [Fact]
    public void Partly_written_forecast_keeps_the_defaults_of_the_other_fields()
    {
        var yaml = ScenarioText.MinimalWith("reconversion:\n  policy: forecast-trigger\n  forecast: { margin: 0 }\n");

        var reconversion = ScenarioText.Load(yaml).Scenario.Reconversion;

        Assert.Equal(new ForecastTrigger(14, 0, 24), reconversion.Forecast);
    }

    [Fact]
    public void Forecast_can_be_set_from_the_command_line()
    {
        var loaded = ScenarioText.Load(ScenarioText.Minimal, "reconversion.policy=forecast-trigger", "reconversion.forecast.horizonDays=0");

        Assert.Equal(
            (ReconversionPolicyKind.ForecastTrigger, new ForecastTrigger(0, 0.15, 24)),
            (loaded.Scenario.Reconversion.Policy, loaded.Scenario.Reconversion.Forecast));
    }

    [Fact]
    public void Effective_yaml_writes_every_forecast_field_and_loads_back_the_same_scenario()
    {
        var first = ScenarioText.Load(ScenarioText.MinimalWith(
            "reconversion:\n  policy: forecast-trigger\n  forecast: { horizonDays: 7, margin: 0.25 }\n"));

        var second = ScenarioLoader.LoadText(first.EffectiveYaml, "again.yaml");

        Assert.Contains(
            "  policy: forecast-trigger\n",
            first.EffectiveYaml);
        Assert.Contains(
            "  forecast:\n    horizonDays: 7\n    margin: 0.25\n    blockBeds: 24\nstaffing:\n",
            first.EffectiveYaml);
        ScenarioAssert.Same(first.Scenario, second.Scenario);
        Assert.Equal(first.Sha256, second.Sha256);
    }

    [Fact]
    public void Writing_a_default_forecast_explicitly_gives_the_same_hash_as_leaving_it_out()
    {
        var omitted = ScenarioText.Load(ScenarioText.MinimalWith("reconversion:\n  policy: forecast-trigger\n"));
        var written = ScenarioText.Load(ScenarioText.MinimalWith(
            "reconversion:\n  policy: forecast-trigger\n  forecast: { horizonDays: 14, margin: 0.150, blockBeds: 24 }\n"));

        Assert.Equal(omitted.Sha256, written.Sha256);
    }
}
