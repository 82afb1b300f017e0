using Capacity.Cli.Tests.Support;

namespace Capacity.Cli.Tests.Run;

/// <summary><c>capacity run</c> writes a complete run directory where it is told, or under <c>runs/</c>.</summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_without_output_writes_every_file_to_runs_name_seed()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "20", "--set", "outputs.formats=[csv,parquet]");

        result.AssertExitCode(0);
        Assert.Equal(["quick-mini-7", .. RunDirectory.CsvAndParquetFiles.Select(file => "quick-mini-7/" + file)], workspace.Entries("runs"));
        Assert.Equal(["runs", "quick-mini-7"], PrintedRunDirectory(result)[^2..]);
    }

    [Fact]
    public async Task Run_writes_one_row_per_day_and_hospital_and_one_row_per_day_nationally()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "20");

        result.AssertExitCode(0);
        var run = workspace.PathOf("runs", "quick-mini-7");
        var hospitalCsv = Path.Combine(run, "daily_hospital.csv");
        var hospitals = RunDirectory.Column(hospitalCsv, "hospital_id")
            .Zip(RunDirectory.Column(hospitalCsv, "day"))
            .Where(row => row.Second == "0")
            .Select(row => row.First)
            .Distinct()
            .Count();
        Assert.Equal(1 + (20 * hospitals), File.ReadAllLines(hospitalCsv).Length);
        Assert.Equal(21, File.ReadAllLines(Path.Combine(run, "daily_national.csv")).Length);
        Assert.Equal(hospitals, (int)RunDirectory.Manifest(run)["scenario"]!["network"]!["hospitals"]!);
    }

    [Fact]
    public async Task Run_manifest_records_the_days_the_engine_and_every_file_with_size_and_sha256()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "20", "--set", "outputs.formats=[csv,parquet]");

        result.AssertExitCode(0);
        var run = workspace.PathOf("runs", "quick-mini-7");
        var manifest = RunDirectory.Manifest(run);
        Assert.Equal(
            ("quick-mini", 7L, 20, "orleans", 1),
            ((string)manifest["scenario"]!["name"]!, (long)manifest["scenario"]!["seed"]!, (int)manifest["scenario"]!["days"]!,
                (string)manifest["execution"]!["engine"]!, (int)manifest["execution"]!["silos"]!));
        RunDirectoryAssert.ManifestDescribesEveryOtherFile(run);
    }

    [Fact]
    public async Task Run_with_output_writes_only_that_directory()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "20", "--output", "out/first");

        result.AssertExitCode(0);
        var run = workspace.PathOf("out", "first");
        Assert.Equal(
            ["out", "out/first", .. RunDirectory.CsvFiles.Select(file => "out/first/" + file), .. Workspace.ScenarioEntries],
            workspace.Entries());
        RunDirectoryAssert.ManifestDescribesEveryOtherFile(run);
        Assert.Equal(["out", "first"], PrintedRunDirectory(result)[^2..]);
    }

    [Fact]
    public async Task A_short_national_run_covers_every_hospital_temporary_unit_ooad_and_warehouse_of_imss_2020()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("run", "scenarios/national-2020.yaml", "--days", "3", "--output", "national");

        result.AssertExitCode(0);
        var run = workspace.PathOf("national");
        Assert.Equal(1 + (3 * (341 + 24)), File.ReadAllLines(Path.Combine(run, "daily_hospital.csv")).Length);
        Assert.Equal(1 + (3 * 35), File.ReadAllLines(Path.Combine(run, "daily_ooad.csv")).Length);
        Assert.Equal(1 + (3 * 63), File.ReadAllLines(Path.Combine(run, "daily_warehouse.csv")).Length);
        Assert.Equal(4, File.ReadAllLines(Path.Combine(run, "daily_national.csv")).Length);
        var manifest = RunDirectory.Manifest(run);
        Assert.Equal(
            ("national-2020", 20200227L, 3, 341 + 24),
            ((string)manifest["scenario"]!["name"]!, (long)manifest["scenario"]!["seed"]!, (int)manifest["scenario"]!["days"]!,
                (int)manifest["scenario"]!["network"]!["hospitals"]!));
        RunDirectoryAssert.ManifestDescribesEveryOtherFile(run);
    }

    // The run directory the program reports, split into its path segments; the line must not be wrapped.
    private static string[] PrintedRunDirectory(CliResult result)
    {
        var line = Assert.Single(result.StdOutLines, line => line.StartsWith("Run directory: ", StringComparison.Ordinal));
        var path = line["Run directory: ".Length..];
        Assert.True(Path.IsPathFullyQualified(path), $"Not an absolute path: '{path}'.\n{result}");
        Assert.True(File.Exists(Path.Combine(path, "manifest.json")), $"No manifest.json in '{path}'.\n{result}");
        return path.Split(Path.DirectorySeparatorChar);
    }
}
