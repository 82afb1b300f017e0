using Capacity.Cli.Tests.Support;

namespace Capacity.Cli.Tests.Report;

/// <summary><c>capacity report</c> compares a run directory with the seed figures and writes validation.md into it.</summary>
public sealed class ReportCommandTests
{
    private const string PpeHeading = "## PPE distributed";

    private static readonly string[] Figures =
    [
        "Phase I hospitals",
        "Phase I COVID beds",
        "Phase II hospitals",
        "Phase II COVID beds",
        "Phase III units, 30 Jun 2020",
        "Phase III COVID beds, 30 Jun 2020",
        "COVID-exclusive hospitals, 30 Jun 2020",
        "Hybrid hospitals, 30 Jun 2020",
        "Temporary hospitals, 30 Jun 2020",
        "Expansion units, 30 Jun 2020",
        "Convalescence units, 30 Jun 2020",
        "ERC teams, 30 Jun 2020",
    ];

    /// <summary>The row of runs with the ventilator fleet (on in the replay).</summary>
    private const string Ventilators = "Ventilators received by 30 Jun 2020 (5,920 + 29 repaired)";

    [Fact]
    public async Task Report_prints_the_table_and_writes_the_same_table_to_validation_md_in_the_run()
    {
        using var workspace = Workspace.Create();
        var run = await RunQuickMiniAsync(workspace, "run");

        var result = await workspace.RunAsync("report", "run");

        result.AssertExitCode(0);
        var markdown = File.ReadAllText(Path.Combine(run, "validation.md"));
        var table = MarkdownTable(markdown);
        Assert.Equal(["figure", "seed reference", "seed value", "model value", "error %", "within ±5%"], table[0]);
        Assert.Equal(Figures, table.Skip(1).Select(row => row[0]));
        Assert.Equal(table, PrintedTable(result));
        Assert.Equal(
            TextAfterTable(markdown),
            result.StdOutLines.SkipWhile(line => !line.StartsWith('└')).Skip(1).TakeWhile(line => !line.StartsWith('┌')));
        Assert.Equal($"Written: {Path.Combine(run, "validation.md")}", result.StdOutLines.Last());
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public async Task Report_rows_the_run_cannot_compute_say_why_and_fail_a_strict_report_with_exit_code_1()
    {
        using var workspace = Workspace.Create();
        var run = await RunQuickMiniAsync(workspace, "run");

        var result = await workspace.RunAsync("report", "run", "--strict");

        result.AssertExitCode(1);
        var rows = MarkdownTable(File.ReadAllText(Path.Combine(run, "validation.md"))).Skip(1).ToArray();
        Assert.All(rows.Skip(4), row => Assert.Equal(["date not simulated", "—", "no"], row[3..]));
        Assert.Equal(rows, PrintedTable(result).Skip(1));
    }

    [Fact]
    public async Task The_2020_replay_with_staffing_on_and_transfers_reproduces_every_phase_figure_and_the_erc_count_within_5_percent()
    {
        using var workspace = Workspace.Create();
        var run = await workspace.RunAsync("run", "scenarios/national-2020.yaml", "--days", "126", "--engine", "inline", "--output", "replay");
        run.AssertExitCode(0);

        var result = await workspace.RunAsync("report", "replay");

        result.AssertExitCode(0);
        var rows = MarkdownTable(File.ReadAllText(workspace.PathOf("replay", "validation.md"))).Skip(1).ToArray();
        Assert.Equal([.. Figures, Ventilators], rows.Select(row => row[0]));
        Assert.All(rows, row => Assert.Equal("yes", row[5]));
        // COVID-exclusive hospitals keep their designation when their teams staff only part of their beds.
        var exclusive = Array.FindIndex(Figures, f => f.StartsWith("COVID-exclusive", StringComparison.Ordinal));
        Assert.Equal(("29", "29"), (rows[exclusive][2], rows[exclusive][3]));

        // The replay pushes PPE as IMSS did: the central warehouse's shipments reproduce Table I.2 within ±10%.
        var ppe = PpeTable(File.ReadAllText(workspace.PathOf("replay", "validation.md")));
        Assert.Equal(6, ppe.Length);
        Assert.All(ppe, row => Assert.Equal("yes", row[5]));
    }

    [Fact]
    public async Task The_2020_replay_without_the_staff_limit_reaches_every_figure_by_construction()
    {
        using var workspace = Workspace.Create();
        var run = await workspace.RunAsync(
            "run", "scenarios/national-2020.yaml", "--days", "126", "--engine", "inline", "--output", "replay", "--set", "staffing.enabled=false");
        run.AssertExitCode(0);

        var result = await workspace.RunAsync("report", "replay");

        result.AssertExitCode(0);
        var rows = MarkdownTable(File.ReadAllText(workspace.PathOf("replay", "validation.md"))).Skip(1).ToArray();
        Assert.All(rows[..^2], row => Assert.Equal("0.00%", row[4]));
        // ERC teams: the 13,321 beds with blocks rounded per OOAD need a little more than the national 2,497.
        Assert.Equal(("2,497", "yes"), (rows[^2][2], rows[^2][5]));
        // The replay's ventilator fleet receives every unit of Table I.5 and the 29 repaired by 30 Jun 2020.
        Assert.Equal((Ventilators, "5,949", "5,949"), (rows[^1][0], rows[^1][2], rows[^1][3]));
    }

    [Fact]
    public async Task Report_with_a_wider_tolerance_shows_it_in_the_header()
    {
        using var workspace = Workspace.Create();
        await RunQuickMiniAsync(workspace, "run");

        var result = await workspace.RunAsync("report", "run", "--tolerance", "0.1");

        result.AssertExitCode(0);
        Assert.Equal("within ±10%", PrintedTable(result)[0][5]);
    }

    [Fact]
    public async Task Report_reads_a_run_written_only_as_parquet()
    {
        using var workspace = Workspace.Create();
        await RunQuickMiniAsync(workspace, "csv");
        await RunQuickMiniAsync(workspace, "parquet", "--set", "outputs.formats=[parquet]");

        var fromCsv = await workspace.RunAsync("report", "csv");
        var fromParquet = await workspace.RunAsync("report", "parquet");

        fromParquet.AssertExitCode(0);
        Assert.DoesNotContain("daily_hospital.csv", RunDirectory.FileNames(workspace.PathOf("parquet")));
        Assert.Equal(PrintedTable(fromCsv), PrintedTable(fromParquet));
    }

    [Fact]
    public async Task Report_on_a_missing_directory_exits_2_and_writes_nothing()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("report", "nowhere");

        result.AssertExitCode(2);
        Assert.Equal($"error: {workspace.PathOf("nowhere")} is not a directory.\nNothing was written.\n", result.StdErr);
        Assert.Equal("", result.StdOut);
        Assert.Equal(Workspace.ScenarioEntries, workspace.Entries());
    }

    [Fact]
    public async Task Report_on_a_run_without_its_hospital_table_exits_2_and_writes_nothing()
    {
        using var workspace = Workspace.Create();
        var run = await RunQuickMiniAsync(workspace, "run");
        File.Delete(Path.Combine(run, "daily_hospital.csv"));
        var before = workspace.Entries();

        var result = await workspace.RunAsync("report", "run", "--strict");

        result.AssertExitCode(2);
        Assert.Equal(
            $"error: {run} has neither daily_hospital.csv nor daily_hospital.parquet: the run wrote no daily tables (outputs.formats).\nNothing was written.\n",
            result.StdErr);
        Assert.Equal(before, workspace.Entries());
    }

    [Fact]
    public async Task Report_with_a_negative_tolerance_exits_2()
    {
        using var workspace = Workspace.Create();
        await RunQuickMiniAsync(workspace, "run");

        var result = await workspace.RunAsync("report", "run", "--tolerance", "-0.05");

        result.AssertExitCode(2);
        Assert.Equal("error: --tolerance must be a share ≥ 0 (0.05 = ±5%), got -0.05.\n", result.StdErr);
        Assert.False(File.Exists(workspace.PathOf("run", "validation.md")));
    }

    private static async Task<string> RunQuickMiniAsync(Workspace workspace, string output, params string[] extra)
    {
        var result = await workspace.RunAsync(["run", "scenarios/quick-mini.yaml", "--days", "20", "--engine", "inline", "--output", output, .. extra]);
        result.AssertExitCode(0);
        return workspace.PathOf(output);
    }

    // Header and data rows of the reconversion table (the PPE table below it is left out), without the alignment row.
    private static string[][] MarkdownTable(string markdown) =>
        markdown.Split('\n')
            .TakeWhile(line => !line.StartsWith(PpeHeading, StringComparison.Ordinal))
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal))
            .Select(line => line.Trim('|').Split(" | ").Select(cell => cell.Trim()).ToArray())
            .ToArray();

    // Data rows of the PPE table under the reconversion table, without header and alignment rows.
    private static string[][] PpeTable(string markdown) =>
        markdown.Split('\n')
            .SkipWhile(line => !line.StartsWith(PpeHeading, StringComparison.Ordinal))
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal))
            .Skip(1)
            .Select(line => line.Trim('|').Split(" | ").Select(cell => cell.Trim()).ToArray())
            .ToArray();

    // Header and data rows of the reconversion table the program drew with box characters (the PPE table follows its summary).
    private static string[][] PrintedTable(CliResult result) =>
        result.StdOutLines
            .TakeWhile(line => !line.Contains("figures within", StringComparison.Ordinal))
            .Where(line => line.StartsWith('│'))
            .Select(line => line.Trim('│').Split('│').Select(cell => cell.Trim()).ToArray())
            .ToArray();

    // The summary line and the notes under the reconversion table, without blank lines.
    private static IEnumerable<string> TextAfterTable(string markdown) =>
        markdown.Split('\n')
            .TakeWhile(line => !line.StartsWith(PpeHeading, StringComparison.Ordinal))
            .SkipWhile(line => !line.StartsWith("| ", StringComparison.Ordinal))
            .SkipWhile(line => line.StartsWith('|'))
            .Where(line => line.Length > 0);
}
