using Capacity.Cli.Tests.Support;

namespace Capacity.Cli.Tests.Run;

/// <summary>
/// Bad input makes <c>capacity run</c> exit with 2, explain itself on stderr and write nothing: no run directory,
/// no output parent, no hidden temp directory.
/// </summary>
public sealed class RunBadInputTests
{
    [Fact]
    public async Task An_unknown_field_is_reported_with_file_line_and_column_and_nothing_is_written()
    {
        using var workspace = Workspace.Create();
        var typo = TypoScenario.WriteTo(workspace);

        var result = await workspace.RunAsync("run", typo.Path, "--days", "20", "-o", "out/run");

        result.AssertExitCode(2);
        Assert.Equal(typo.ExpectedStdErr, result.StdErr);
        Assert.Equal("", result.StdOut);
        Assert.Equal([.. Workspace.ScenarioEntries, "typo.yaml"], workspace.Entries());
    }

    [Fact]
    public async Task A_negative_count_in_the_observed_admissions_csv_is_reported_at_its_line_and_column_and_nothing_is_written()
    {
        using var workspace = Workspace.Create();
        File.WriteAllText(workspace.PathOf("scenarios", "admissions.csv"), "date,ooad,admissions\n2020-03-01,ags,3\n2020-03-01,nay,-2\n");

        var result = await workspace.RunAsync(
            "run", "scenarios/quick-mini.yaml", "--days", "20", "-o", "out/run",
            "--set", "demand.model=observed", "--set", "demand.observed={file: admissions.csv}");

        result.AssertExitCode(2);
        Assert.StartsWith("error: admissions.csv:3:3: demand.observed.file: admissions: must not be negative, got -2\n", result.StdErr, StringComparison.Ordinal);
        Assert.Equal([.. Workspace.ScenarioEntries.Append("scenarios/admissions.csv").Order(StringComparer.Ordinal)], workspace.Entries().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_override_with_a_bad_value_is_reported_against_set_and_nothing_is_written()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "20", "--set", "demand.attackRate=abc");

        result.AssertExitCode(2);
        Assert.Equal(
            "error: --set:0:0: demand.attackRate: expected a number, got string 'abc'\n1 error(s); nothing was run or written.\n",
            result.StdErr);
        Assert.Equal(Workspace.ScenarioEntries, workspace.Entries());
    }

    [Fact]
    public async Task An_override_without_an_equals_sign_is_bad_input()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "20", "--set", "seed");

        result.AssertExitCode(2);
        Assert.Equal("error: --set:0:0: seed: expected path=value, got 'seed'\n1 error(s); nothing was run or written.\n", result.StdErr);
        Assert.Equal(Workspace.ScenarioEntries, workspace.Entries());
    }

    [Fact]
    public async Task A_missing_scenario_file_is_reported_as_not_existing()
    {
        using var workspace = Workspace.Create();
        var missing = workspace.PathOf("scenarios", "no-such.yaml");

        var result = await workspace.RunAsync("run", missing);

        result.AssertExitCode(2);
        Assert.Equal(
            $"error: {missing}:0:0: : cannot read the scenario file: it does not exist\n1 error(s); nothing was run or written.\n",
            result.StdErr);
        Assert.Equal(Workspace.ScenarioEntries, workspace.Entries());
    }

    [Fact]
    public async Task Run_without_a_scenario_argument_is_bad_input()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("run", "--days", "20");

        result.AssertExitCode(2);
        Assert.Equal(
            ["error: Required argument 'scenario' missing for command: 'run'.", "Run 'capacity --help' for usage.", ""],
            result.StdErr.Split('\n'));
        Assert.Equal(Workspace.ScenarioEntries, workspace.Entries());
    }

    [Fact]
    public async Task An_unknown_option_is_bad_input()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "20", "--colour", "blue");

        result.AssertExitCode(2);
        Assert.StartsWith("error: Unrecognized command or argument '--colour'.\n", result.StdErr);
        Assert.EndsWith("Run 'capacity --help' for usage.\n", result.StdErr);
        Assert.Equal(Workspace.ScenarioEntries, workspace.Entries());
    }
}
