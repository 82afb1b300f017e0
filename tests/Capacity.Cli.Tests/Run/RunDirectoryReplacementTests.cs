using Capacity.Cli.Tests.Support;

namespace Capacity.Cli.Tests.Run;

/// <summary>A run into an existing run directory replaces it whole (docs/outputs.md, "Atomically").</summary>
public sealed class RunDirectoryReplacementTests
{
    [Fact]
    public async Task A_second_run_into_the_same_directory_replaces_the_first_and_leaves_nothing_else()
    {
        using var workspace = Workspace.Create();
        var first = await workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "20", "-o", "out/run");
        first.AssertExitCode(0);
        var firstHospitalCsv = File.ReadAllBytes(workspace.PathOf("out", "run", "daily_hospital.csv"));

        var second = await workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "20", "--seed", "8", "-o", "out/run");

        second.AssertExitCode(0);
        var run = workspace.PathOf("out", "run");
        Assert.Equal(["run", .. RunDirectory.CsvFiles.Select(file => "run/" + file)], workspace.Entries("out"));
        Assert.Equal(8L, (long)RunDirectory.Manifest(run)["scenario"]!["seed"]!);
        Assert.NotEqual(firstHospitalCsv, File.ReadAllBytes(Path.Combine(run, "daily_hospital.csv")));
        RunDirectoryAssert.ManifestDescribesEveryOtherFile(run);
    }
}
