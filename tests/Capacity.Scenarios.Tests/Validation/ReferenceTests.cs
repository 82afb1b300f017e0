using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

public class ReferenceTests
{
    [Fact]
    public void Unknown_network_lists_the_built_in_ones()
    {
        var yaml = ScenarioText.Minimal.Replace("imss-2020-mini", "chile-2020", StringComparison.Ordinal);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError("test.yaml", 6, 12, "network.builtin", "unknown network 'chile-2020'; known: imss-2020, imss-2020-mini"),
            error);
    }

    [Fact]
    public void Misspelt_network_gets_a_suggestion()
    {
        var yaml = ScenarioText.Minimal.Replace("imss-2020-mini", "imss-2021", StringComparison.Ordinal);

        var error = ScenarioText.Error(yaml);

        Assert.Equal("unknown network 'imss-2021' (did you mean 'imss-2020'?); known: imss-2020, imss-2020-mini", error.Message);
    }

    [Fact]
    public void Dangling_OOAD_code_in_regions_is_an_error_naming_the_known_codes()
    {
        var yaml = ScenarioText.MinimalWith("demand:\n  regions:\n    cdmx-nrte: { multiplier: 1.6 }\n");

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError(
                "test.yaml", 9, 5, "demand.regions.cdmx-nrte",
                "unknown OOAD 'cdmx-nrte' in network imss-2020-mini (did you mean 'cdmx-norte'?); known: ags, cdmx-norte, nay, yuc"),
            error);
    }

    [Fact]
    public void OOAD_of_the_full_network_is_unknown_in_the_mini_network()
    {
        var yaml = ScenarioText.MinimalWith("demand:\n  regions:\n    jal: { multiplier: 1.2 }\n");

        var error = ScenarioText.Error(yaml);

        Assert.Equal("unknown OOAD 'jal' in network imss-2020-mini; known: ags, cdmx-norte, nay, yuc", error.Message);
    }

    [Fact]
    public void Unknown_item_code_lists_the_known_items()
    {
        var yaml = ScenarioText.MinimalWith("supply:\n  items:\n    n96: { supplierDailyCapacity: 1 }\n");

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError(
                "test.yaml", 9, 5, "supply.items.n96",
                "unknown item 'n96' (did you mean 'n95'?); known: surgical_mask, n95, glove_pair, gown, goggles, face_shield"),
            error);
    }
}
