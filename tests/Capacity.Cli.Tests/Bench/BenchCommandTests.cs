using Capacity.Cli.Tests.Support;

namespace Capacity.Cli.Tests.Bench;

/// <summary><c>capacity bench</c> times both engines on one scenario and checks that they agree.</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public async Task Bench_reports_a_row_for_each_engine_and_the_same_results()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("bench", "scenarios/quick-mini.yaml", "--days", "10", "--repeat", "1");

        result.AssertExitCode(0);
        Assert.Single(result.StdOutLines, line => line.StartsWith("## capacity bench: quick-mini, 10 days, ", StringComparison.Ordinal));
        Assert.Single(result.StdOutLines, line => line.StartsWith("| inline | ", StringComparison.Ordinal));
        Assert.Single(result.StdOutLines, line => line.StartsWith("| orleans | ", StringComparison.Ordinal));
        Assert.Single(result.StdOutLines, line => line.StartsWith("Same results: yes (digest ", StringComparison.Ordinal));
        Assert.Equal(Workspace.ScenarioEntries, workspace.Entries());
    }
}
