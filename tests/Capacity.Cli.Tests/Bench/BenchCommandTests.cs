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
        Assert.Single(result.StdOutLines, line => line.StartsWith("## capacity bench: quick-mini, 10 days, 30 hospitals, scales 1×", StringComparison.Ordinal));
        Assert.Single(result.StdOutLines, line => line.StartsWith("| scale | hospitals | entities | engine | best (s) | median (s) | CPU (s) | GC pauses (s) | ", StringComparison.Ordinal));
        foreach (var engine in new[] { "inline", "orleans" })
        {
            var row = Assert.Single(result.StdOutLines, line => line.StartsWith($"| 1× | 30 | 44 | {engine} | ", StringComparison.Ordinal));
            var cells = row.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // Median wall, CPU and GC pause seconds (a 10-day run may round to 0.00 s).
            Assert.All(cells[5..8], cell => Assert.InRange(Seconds(cell), 0, 60));
        }

        Assert.Single(result.StdOutLines, line => line.StartsWith("Same results: yes (digest ", StringComparison.Ordinal));
        Assert.Equal(Workspace.ScenarioEntries, workspace.Entries());
    }

    [Fact]
    public async Task Bench_at_scales_1_and_2_reports_both_engines_at_each_scale_and_the_same_results()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("bench", "scenarios/quick-mini.yaml", "--days", "20", "--scales", "2,1", "--repeat", "1");

        result.AssertExitCode(0);
        Assert.Single(result.StdOutLines, line => line.StartsWith("## capacity bench: quick-mini, 20 days, 30 hospitals, scales 1×, 2×", StringComparison.Ordinal));
        // Scale 2: 60 hospitals, the same 4 OOADs, 1 central + 2 × 9 warehouses.
        string[] rows = ["| 1× | 30 | 44 | inline | ", "| 1× | 30 | 44 | orleans | ", "| 2× | 60 | 83 | inline | ", "| 2× | 60 | 83 | orleans | "];
        var table = result.StdOutLines.Where(line => rows.Any(row => line.StartsWith(row, StringComparison.Ordinal)))
            .Select(line => rows.Single(row => line.StartsWith(row, StringComparison.Ordinal)));
        Assert.Equal(rows, table);
        Assert.Single(result.StdOutLines, line => line.StartsWith("| 2× | inline | ", StringComparison.Ordinal));
        Assert.Single(result.StdOutLines, line => line.StartsWith("| 2× | orleans | ", StringComparison.Ordinal));
        Assert.Single(result.StdOutLines, line => line.StartsWith("Grain engine / inline kernel (median): 1× **", StringComparison.Ordinal));
        Assert.Single(result.StdOutLines, line => line.StartsWith("Same results: yes (digest ", StringComparison.Ordinal) && line.Contains(" at 2×", StringComparison.Ordinal));
        Assert.Equal(Workspace.ScenarioEntries, workspace.Entries());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("x")]
    [InlineData("1,-2")]
    public async Task Bench_with_a_malformed_scale_list_exits_2_before_running(string scales)
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("bench", "scenarios/quick-mini.yaml", "--scales", scales);

        result.AssertExitCode(2);
        Assert.Contains($"--scales: '{scales}' is not a list of positive whole numbers", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(Workspace.ScenarioEntries, workspace.Entries());
    }

    [Fact]
    public async Task Bench_with_ensemble_levels_reports_replicas_per_minute_for_each_level_and_engine()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("bench", "scenarios/quick-mini.yaml", "--days", "6", "--repeat", "1", "--ensemble", "1,3");

        result.AssertExitCode(0);
        Assert.Single(result.StdOutLines, line => line.StartsWith("### Ensemble throughput: quick-mini, 6 days", StringComparison.Ordinal));
        foreach (var level in new[] { "1", "3" })
        {
            var row = Assert.Single(result.StdOutLines, line => line.StartsWith($"| {level} | ", StringComparison.Ordinal));
            var cells = row.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var numbers = cells.Skip(1).Select(cell => double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.True(numbers[1] > 0 && numbers[3] > 0, row);   // replicas per minute; wall times may round to 0.00 s
        }

        Assert.Equal(Workspace.ScenarioEntries, workspace.Entries());
    }

    [Fact]
    public async Task Bench_with_a_malformed_ensemble_list_exits_2_before_running()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("bench", "scenarios/quick-mini.yaml", "--ensemble", "1,0,x");

        result.AssertExitCode(2);
        Assert.Contains("--ensemble: '1,0,x' is not a list of positive whole numbers", result.StdErr, StringComparison.Ordinal);
    }

    private static double Seconds(string cell) => double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture);
}
