using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

/// <summary><c>care.stepUpRate</c> and <c>care.stepDownShare</c>: parsing, defaults, ranges, round trip.</summary>
public class StepTransferTests
{
    private const string Section = """
        care:
          stepUpRate: 0.02
          stepDownShare: 0.75

        """;

    [Fact]
    public void Both_fields_parse_and_the_rest_of_care_keeps_its_defaults()
    {
        var care = ScenarioText.Load(ScenarioText.MinimalWith(Section)).Scenario.Care;

        Assert.Equal(ScenarioDefaults.Care with { StepUpRate = 0.02, StepDownShare = 0.75 }, care);
    }

    [Fact]
    public void Defaults_are_a_one_percent_daily_step_up_and_half_of_icu_survivors_stepping_down()
    {
        var care = ScenarioText.Load(ScenarioText.Minimal).Scenario.Care;

        Assert.Equal((0.01, 0.5), (care.StepUpRate, care.StepDownShare));
        Assert.Equal((ScenarioDefaults.StepUpRate, ScenarioDefaults.StepDownShare), (care.StepUpRate, care.StepDownShare));
    }

    [Fact]
    public void Zero_switches_both_off()
    {
        var care = ScenarioText.Load(ScenarioText.MinimalWith("care:\n  stepUpRate: 0\n  stepDownShare: 0\n")).Scenario.Care;

        Assert.Equal((0.0, 0.0), (care.StepUpRate, care.StepDownShare));
    }

    [Fact]
    public void A_step_up_rate_above_one_is_out_of_range()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("care:\n  stepUpRate: 1.5\n"));

        Assert.Equal(new ScenarioError("test.yaml", 8, 15, "care.stepUpRate", "must be ≥ 0 and ≤ 1, got 1.5"), error);
    }

    [Fact]
    public void A_negative_step_down_share_is_out_of_range()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("care:\n  stepDownShare: -0.1\n"));

        Assert.Equal(new ScenarioError("test.yaml", 8, 18, "care.stepDownShare", "must be ≥ 0 and ≤ 1, got -0.1"), error);
    }

    [Fact]
    public void A_step_down_share_must_be_a_number()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("care:\n  stepDownShare: half\n"));

        Assert.Equal(new ScenarioError("test.yaml", 8, 18, "care.stepDownShare", "expected a number, got string 'half'"), error);
    }

    [Fact]
    public void The_effective_yaml_writes_both_fields_after_max_stay_days()
    {
        var loaded = ScenarioText.Load(ScenarioText.MinimalWith(Section));

        Assert.Contains(
            """
            care:
              maxStayDays: 60
              stepUpRate: 0.02
              stepDownShare: 0.75
              ward:

            """.ReplaceLineEndings("\n"),
            loaded.EffectiveYaml);
    }

    [Fact]
    public void ToYaml_round_trips_both_fields()
    {
        var first = ScenarioText.Load(ScenarioText.MinimalWith(Section));

        var second = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(first.Scenario), "again.yaml");

        ScenarioAssert.Same(first.Scenario, second.Scenario);
        Assert.Equal(first.EffectiveYaml, second.EffectiveYaml);
    }

    [Fact]
    public void The_national_scenario_states_both_fields_explicitly_at_their_defaults()
    {
        var path = RepositoryRoot.Combine("scenarios", "national-2020.yaml");
        var text = File.ReadAllText(path);

        var care = ScenarioLoader.LoadFile(path).Scenario.Care;

        Assert.Contains("\n  stepUpRate: 0.01 ", text, StringComparison.Ordinal);
        Assert.Contains("\n  stepDownShare: 0.5 ", text, StringComparison.Ordinal);
        Assert.Equal((ScenarioDefaults.StepUpRate, ScenarioDefaults.StepDownShare), (care.StepUpRate, care.StepDownShare));
    }
}
