using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

public class ConsistencyTests
{
    [Fact]
    public void Wave_shares_not_summing_to_one_is_an_error_at_the_wave_list()
    {
        var yaml = ScenarioText.MinimalWith("""
            demand:
              waves:
                - { peak: 2020-06-01, widthDays: 28, share: 0.5 }
                - { peak: 2021-01-15, widthDays: 30, share: 0.3 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError("test.yaml", 9, 5, "demand.waves", "wave shares must sum to 1, got 0.8 (0.5 + 0.3)"),
            error);
    }

    [Fact]
    public void Wave_shares_that_sum_to_one_up_to_rounding_are_accepted()
    {
        var yaml = ScenarioText.MinimalWith("""
            demand:
              waves:
                - { peak: 2020-05-01, widthDays: 20, share: 0.1 }
                - { peak: 2020-07-01, widthDays: 20, share: 0.2 }
                - { peak: 2020-12-01, widthDays: 20, share: 0.7 }

            """);

        var loaded = ScenarioText.Load(yaml);

        Assert.Equal([0.1, 0.2, 0.7], loaded.Scenario.Demand.Waves.Select(w => w.Share));
    }

    [Fact]
    public void Order_up_to_below_the_reorder_point_is_an_error()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("supply:\n  hospitalReorder: { orderUpToDays: 5 }\n"));

        Assert.Equal(
            new ScenarioError("test.yaml", 8, 37, "supply.hospitalReorder.orderUpToDays", "must be ≥ reorderPointDays (7), got 5"),
            error);
    }

    [Fact]
    public void Reorder_point_above_the_default_order_up_to_level_is_an_error()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("supply:\n  centralReorder: { reorderPointDays: 60 }\n"));

        Assert.Equal(
            new ScenarioError(
                "test.yaml", 8, 39, "supply.centralReorder.reorderPointDays", "must be ≤ orderUpToDays (45, the default), got 60"),
            error);
    }

    [Fact]
    public void Every_error_in_a_file_is_reported_together_in_file_order()
    {
        var yaml = """
            name: test
            seed: 1
            start: 2020-03-01
            days: 5000
            network:
              builtin: imss-2030
            demand:
              atackRate: 0.01
              waves:
                - { peak: 2020-06-01, widthDays: 28, share: 0.6 }
                - { peak: 2021-01-15, widthDays: 30, share: 0.6 }
            care:
              icu: { deathRate: -0.1 }

            """;

        var errors = ScenarioText.Errors(yaml);

        Assert.Equal(
            [
                new ScenarioError("test.yaml", 4, 7, "days", "must be ≥ 1 and ≤ 3660, got 5000"),
                new ScenarioError(
                    "test.yaml", 6, 12, "network.builtin",
                    "unknown network 'imss-2030' (did you mean 'imss-2020'?); known: imss-2020, imss-2020-mini"),
                new ScenarioError("test.yaml", 8, 3, "demand.atackRate", "unknown field 'atackRate' (did you mean 'attackRate'?)"),
                new ScenarioError("test.yaml", 10, 5, "demand.waves", "wave shares must sum to 1, got 1.2 (0.6 + 0.6)"),
                new ScenarioError("test.yaml", 13, 21, "care.icu.deathRate", "must be ≥ 0 and ≤ 1, got -0.1"),
            ],
            errors);
    }

    [Fact]
    public void Example_of_docs_scenarios_md_gives_the_documented_message()
    {
        var yaml = """
            name: test
            seed: 1
            start: 2020-03-01
            days: 5000
            network:
              builtin: imss-2030
            demand:
              atackRate: 0.01
              waves:
                - { peak: 2020-06-01, widthDays: 28, share: 0.6 }
                - { peak: 2021-01-15, widthDays: 30, share: 0.6 }

            """;

        var exception = Assert.Throws<ScenarioException>(() => ScenarioText.Load(yaml, "seed=-5"));

        Assert.Equal(
            """
            test.yaml:4:7: days: must be ≥ 1 and ≤ 3660, got 5000
            test.yaml:6:12: network.builtin: unknown network 'imss-2030' (did you mean 'imss-2020'?); known: imss-2020, imss-2020-mini
            test.yaml:8:3: demand.atackRate: unknown field 'atackRate' (did you mean 'attackRate'?)
            test.yaml:10:5: demand.waves: wave shares must sum to 1, got 1.2 (0.6 + 0.6)
            --set:0:0: seed: must be ≥ 0, got -5
            """.ReplaceLineEndings("\n"),
            exception.Message);
    }
}
