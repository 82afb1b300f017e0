using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

public class UnknownFieldTests
{
    [Fact]
    public void Unknown_field_is_an_error_with_line_and_column()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("dayz: 3\n"));

        Assert.Equal(new ScenarioError("test.yaml", 7, 1, "dayz", "unknown field 'dayz' (did you mean 'days'?)"), error);
    }

    [Fact]
    public void Unknown_nested_field_is_reported_at_its_key_with_the_full_path()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("demand:\n  atackRate: 0.01\n"));

        Assert.Equal(
            new ScenarioError("test.yaml", 8, 3, "demand.atackRate", "unknown field 'atackRate' (did you mean 'attackRate'?)"),
            error);
    }

    [Fact]
    public void Unknown_field_inside_a_sequence_item_names_the_index()
    {
        var yaml = ScenarioText.MinimalWith("demand:\n  waves:\n    - { peak: 2020-06-01, widthDays: 28, share: 1, form: normal }\n");

        var error = ScenarioText.Error(yaml);

        Assert.Equal(new ScenarioError("test.yaml", 9, 52, "demand.waves[0].form", "unknown field 'form'"), error);
    }

    [Fact]
    public void Unknown_field_in_a_map_value_is_reported()
    {
        var yaml = ScenarioText.MinimalWith("supply:\n  items:\n    n95: { suplierDailyCapacity: 10 }\n");

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError(
                "test.yaml", 9, 12, "supply.items.n95.suplierDailyCapacity",
                "unknown field 'suplierDailyCapacity' (did you mean 'supplierDailyCapacity'?)"),
            error);
    }

    [Fact]
    public void Unknown_field_far_from_every_known_one_gets_no_suggestion()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("colour: red\n"));

        Assert.Equal("unknown field 'colour'", error.Message);
    }
}
