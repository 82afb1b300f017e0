using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Parsing;

public class SyntaxTests
{
    [Fact]
    public void Yaml_syntax_error_is_reported_at_the_parser_position()
    {
        var yaml = """
            name: test
            seed: 1
            demand:
              waves:
                - peak: 2020-06-01
               widthDays: 28

            """;

        var error = ScenarioText.Error(yaml);

        Assert.Equal(new ScenarioError(ScenarioText.File, 6, 4, "", "While parsing a block mapping, did not find expected key."), error);
    }

    [Fact]
    public void Unclosed_flow_sequence_is_reported_where_the_scanner_stopped()
    {
        var yaml = """
            name: test
            seed: 1
            demand:
              waves: [ { peak: 2020-06-01, widthDays: 28, share: 1 }
            days: 30

            """;

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError(ScenarioText.File, 5, 1, "", "invalid YAML near this point; check brackets, quotes and indentation"),
            error);
    }

    [Fact]
    public void A_tab_used_as_indentation_is_an_error_at_its_line_not_at_the_mapping()
    {
        var yaml = ScenarioText.MinimalWith("demand:\n\tattackRate: 0.1\n");

        var error = ScenarioText.Error(yaml);

        Assert.Equal(8, error.Line);
        Assert.Contains("tab", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Duplicate_key_is_a_syntax_error_at_the_second_key()
    {
        var yaml = ScenarioText.MinimalWith("seed: 2\n");

        var error = ScenarioText.Error(yaml);

        Assert.Equal((ScenarioText.File, 7, 1, ""), (error.File, error.Line, error.Column, error.Path));
        Assert.Contains("Duplicate key", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    public void Empty_file_is_an_error(string yaml)
    {
        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError(ScenarioText.File, 1, 1, "", "the scenario is empty; it needs at least name, seed, start, days and network"),
            error);
    }

    [Fact]
    public void Several_documents_are_an_error_at_the_second_one()
    {
        var yaml = ScenarioText.Minimal + "---\nname: other\n";

        var error = ScenarioText.Error(yaml);

        Assert.Equal(new ScenarioError(ScenarioText.File, 8, 1, "", "expected one YAML document, found 2"), error);
    }

    [Fact]
    public void Document_that_is_not_a_mapping_is_a_type_error()
    {
        var error = ScenarioText.Error("- name: test\n");

        Assert.Equal(new ScenarioError(ScenarioText.File, 1, 1, "", "expected a mapping, got a sequence"), error);
    }

    [Fact]
    public void Missing_file_is_an_error_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "capacity-no-such-scenario.yaml");

        var error = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path)).Errors);

        Assert.Equal((path, 0, 0, ""), (error.File, error.Line, error.Column, error.Path));
        Assert.StartsWith("cannot read the scenario file: ", error.Message);
    }

    [Fact]
    public void Exception_message_lists_every_error_in_compiler_format()
    {
        var yaml = """
            name: test
            seed: -1
            start: 2020-03-01
            days: 0
            network: { builtin: imss-2020-mini }

            """;

        var exception = Assert.Throws<ScenarioException>(() => ScenarioText.Load(yaml));

        Assert.Equal(
            "test.yaml:2:7: seed: must be ≥ 0, got -1\ntest.yaml:4:7: days: must be ≥ 1 and ≤ 3660, got 0",
            exception.Message);
    }
}
