using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

public class TypeAndRangeTests
{
    [Fact]
    public void Wrong_type_names_the_expected_and_the_written_value()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("demand:\n  attackRate: abc\n"));

        Assert.Equal(new ScenarioError("test.yaml", 8, 15, "demand.attackRate", "expected a number, got string 'abc'"), error);
    }

    [Fact]
    public void Quoted_number_is_a_string()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("demand:\n  attackRate: '0.5'\n"));

        Assert.Equal(new ScenarioError("test.yaml", 8, 15, "demand.attackRate", "expected a number, got string '0.5'"), error);
    }

    [Fact]
    public void Fraction_where_an_integer_is_expected_is_an_error()
    {
        var yaml = ScenarioText.Minimal.Replace("days: 30", "days: 30.5", StringComparison.Ordinal);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(new ScenarioError("test.yaml", 4, 7, "days", "expected an integer, got number 30.5"), error);
    }

    [Fact]
    public void Scalar_where_a_section_is_expected_is_an_error()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("care: 5\n"));

        Assert.Equal(new ScenarioError("test.yaml", 7, 7, "care", "expected a mapping, got number 5"), error);
    }

    [Fact]
    public void Out_of_range_value_states_the_range()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("demand:\n  attackRate: 1.5\n"));

        Assert.Equal(new ScenarioError("test.yaml", 8, 15, "demand.attackRate", "must be ≥ 0 and ≤ 1, got 1.5"), error);
    }

    [Fact]
    public void Exclusive_bound_is_stated_as_strict()
    {
        var yaml = ScenarioText.MinimalWith("demand:\n  waves: [{ peak: 2020-06-01, widthDays: 0, share: 1 }]\n");

        var error = ScenarioText.Error(yaml);

        Assert.Equal(new ScenarioError("test.yaml", 8, 42, "demand.waves[0].widthDays", "must be > 0 and ≤ 365, got 0"), error);
    }

    [Fact]
    public void Lead_time_below_one_day_is_out_of_range()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("supply:\n  leadTimes: { regionalToHospital: 0 }\n"));

        Assert.Equal(
            new ScenarioError("test.yaml", 8, 36, "supply.leadTimes.regionalToHospital", "must be ≥ 1 and ≤ 365, got 0"),
            error);
    }

    [Fact]
    public void Name_must_be_usable_in_a_directory_name()
    {
        var yaml = ScenarioText.Minimal.Replace("name: test", "name: National 2020", StringComparison.Ordinal);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError("test.yaml", 1, 7, "name", "must match the pattern ^[a-z0-9][a-z0-9-]*$, got 'National 2020'"),
            error);
    }

    [Fact]
    public void Impossible_calendar_date_is_an_error()
    {
        var yaml = ScenarioText.Minimal.Replace("2020-03-01", "2020-02-30", StringComparison.Ordinal);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(new ScenarioError("test.yaml", 3, 8, "start", "expected a date written yyyy-MM-dd, got '2020-02-30'"), error);
    }

    [Fact]
    public void Date_in_another_layout_is_an_error()
    {
        var yaml = ScenarioText.MinimalWith("demand:\n  waves: [{ peak: 01/06/2020, widthDays: 28, share: 1 }]\n");

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError("test.yaml", 8, 19, "demand.waves[0].peak", "expected a date written yyyy-MM-dd, got '01/06/2020'"),
            error);
    }

    [Fact]
    public void Not_a_number_is_rejected_even_without_a_range()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("supply:\n  initialStock: { hospitalDays: .nan }\n"));

        Assert.Equal(
            new ScenarioError("test.yaml", 8, 33, "supply.initialStock.hospitalDays", "must be a finite number, got .nan"),
            error);
    }

    [Fact]
    public void Unknown_output_format_lists_the_known_ones()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("outputs:\n  formats: [csv, xlsx]\n"));

        Assert.Equal(
            new ScenarioError("test.yaml", 8, 18, "outputs.formats[1]", "must be one of csv, parquet; got 'xlsx'"),
            error);
    }

    [Fact]
    public void Repeated_output_format_is_an_error()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("outputs:\n  formats: [csv, parquet, csv]\n"));

        Assert.Equal(
            new ScenarioError("test.yaml", 8, 12, "outputs.formats", "must not repeat items: 'csv' appears 2 times"),
            error);
    }

    [Fact]
    public void Empty_output_format_list_is_an_error()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("outputs:\n  formats: []\n"));

        Assert.Equal(new ScenarioError("test.yaml", 8, 12, "outputs.formats", "must not be empty"), error);
    }

    [Fact]
    public void Unknown_demand_model_is_an_error()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("demand:\n  model: sir\n"));

        Assert.Equal(new ScenarioError("test.yaml", 8, 10, "demand.model", "must be one of waves, seir, observed; got 'sir'"), error);
    }
}
