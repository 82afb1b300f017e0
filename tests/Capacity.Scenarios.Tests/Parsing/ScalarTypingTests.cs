using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Parsing;

/// <summary>Plain scalars are typed by the YAML 1.2 core schema, as editors with a JSON-schema plug-in read them.</summary>
public class ScalarTypingTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("2020-06-01")]
    [InlineData("'42'")]
    [InlineData("!!str 42")]
    [InlineData("! 42")]
    [InlineData("|\n  block text")]
    public void Text_that_YAML_1_2_reads_as_a_string_is_a_string(string written)
    {
        var scenario = ScenarioText.Load(ScenarioText.MinimalWith($"description: {written}\n")).Scenario;

        Assert.IsType<string>(scenario.Description);
        Assert.NotEqual("", scenario.Description);
    }

    [Theory]
    [InlineData("0o17", 15)]
    [InlineData("0x1F", 31)]
    [InlineData("+12", 12)]
    [InlineData("!!int 9", 9)]
    public void Integers_may_be_written_in_any_core_schema_form(string written, long seed)
    {
        var yaml = ScenarioText.Minimal.Replace("seed: 1", $"seed: {written}", StringComparison.Ordinal);

        var scenario = ScenarioText.Load(yaml).Scenario;

        Assert.Equal(seed, scenario.Seed);
    }

    [Theory]
    [InlineData("2020", "expected a string, got number 2020")]
    [InlineData("true", "expected a string, got boolean true")]
    [InlineData("~", "expected a string, got an empty value")]
    [InlineData("[a, b]", "expected a string, got a sequence")]
    public void Non_string_where_text_is_expected_names_what_was_written(string written, string message)
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith($"description: {written}\n"));

        Assert.Equal(new ScenarioError("test.yaml", 7, 14, "description", message), error);
    }

    [Fact]
    public void Core_tag_that_does_not_fit_the_text_is_an_error()
    {
        var yaml = ScenarioText.Minimal.Replace("seed: 1", "seed: !!int abc", StringComparison.Ordinal);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(new ScenarioError("test.yaml", 2, 7, "seed", "'abc' is not a valid !!int"), error);
    }

    [Fact]
    public void Custom_tag_is_an_error()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("description: !note hello\n"));

        Assert.Equal(new ScenarioError("test.yaml", 7, 14, "description", "unsupported tag '!note'"), error);
    }

    [Fact]
    public void Anchors_and_aliases_are_expanded()
    {
        var yaml = ScenarioText.MinimalWith("care:\n  ward: &level { stayCv: 0.5 }\n  icu: *level\n");

        var care = ScenarioText.Load(yaml).Scenario.Care;

        Assert.Equal((0.5, 0.5), (care.Ward.StayCv, care.Icu.StayCv));
    }

    [Fact]
    public void Byte_order_mark_is_ignored()
    {
        var loaded = ScenarioText.Load("\uFEFF" + ScenarioText.Minimal);

        Assert.Equal(ScenarioText.Load(ScenarioText.Minimal).Sha256, loaded.Sha256);
    }
}
