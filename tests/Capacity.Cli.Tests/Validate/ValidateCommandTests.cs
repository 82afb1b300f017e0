using Capacity.Cli.Tests.Support;

namespace Capacity.Cli.Tests.Validate;

/// <summary><c>capacity validate</c> checks a scenario without running it.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public async Task The_national_scenario_is_valid_and_reported_with_its_network_on_one_line()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("validate", "scenarios/national-2020.yaml");

        result.AssertExitCode(0);
        var line = Assert.Single(result.StdOutLines);
        Assert.StartsWith("OK national-2020: ", line);
        Assert.Contains(" (35 OOAD, 341 hospitals, 24 temporary units, 63 warehouses), reconversion schedule, ", line);
        Assert.Equal("", result.StdErr);
        Assert.Equal(Workspace.ScenarioEntries, workspace.Entries());
    }

    [Fact]
    public async Task A_scenario_with_an_unknown_field_is_reported_with_file_line_and_column()
    {
        using var workspace = Workspace.Create();
        var typo = TypoScenario.WriteTo(workspace);

        var result = await workspace.RunAsync("validate", typo.Path);

        result.AssertExitCode(2);
        Assert.Equal(typo.ExpectedStdErr, result.StdErr);
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public async Task A_supply_shock_on_an_unknown_warehouse_is_reported_with_file_line_column_and_a_suggestion_and_exits_2()
    {
        using var workspace = Workspace.Create();
        var text = File.ReadAllText(workspace.PathOf("scenarios", "quick-mini.yaml")).TrimEnd('\n');
        var lines = text.Split('\n').Length;
        var path = workspace.PathOf("outage.yaml");
        File.WriteAllText(path, text + "\nshocks:\n  - { kind: warehouse-outage, from: 2020-04-01, days: 5, warehouse: centrl }\n");

        var result = await workspace.RunAsync("validate", path);

        result.AssertExitCode(2);
        Assert.StartsWith($"error: {path}:{lines + 2}:", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("shocks[0].warehouse: unknown warehouse 'centrl' (did you mean 'central'?)", result.StdErr, StringComparison.Ordinal);
    }
}
