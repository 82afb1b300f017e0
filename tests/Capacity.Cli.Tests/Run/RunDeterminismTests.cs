using Capacity.Cli.Tests.Support;

namespace Capacity.Cli.Tests.Run;

/// <summary>What <c>capacity run</c> writes depends on the scenario and the seed only, never on the engine.</summary>
public sealed class RunDeterminismTests
{
    [Fact]
    public async Task Inline_and_default_engine_write_byte_identical_run_directories()
    {
        using var workspace = Workspace.Create();

        var results = await Task.WhenAll(
            workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "20", "--set", "outputs.formats=[csv,parquet]", "--engine", "inline", "-o", "inline"),
            workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "20", "--set", "outputs.formats=[csv,parquet]", "-o", "default"));

        results[0].AssertExitCode(0);
        results[1].AssertExitCode(0);
        RunDirectories.AssertIdentical(workspace.PathOf("inline"), workspace.PathOf("default"));
        Assert.Equal(
            ("inline", "orleans"),
            ((string)RunDirectory.Manifest(workspace.PathOf("inline"))["execution"]!["engine"]!,
                (string)RunDirectory.Manifest(workspace.PathOf("default"))["execution"]!["engine"]!));
    }

    [Fact]
    public async Task The_same_seed_twice_writes_byte_identical_run_directories()
    {
        using var workspace = Workspace.Create();

        var first = await workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "20", "--seed", "8", "-o", "first");
        var second = await workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "20", "--seed", "8", "-o", "second");

        first.AssertExitCode(0);
        second.AssertExitCode(0);
        RunDirectories.AssertIdentical(workspace.PathOf("first"), workspace.PathOf("second"));
    }

    [Fact]
    public async Task Another_seed_changes_daily_hospital_and_the_manifest_seed()
    {
        using var workspace = Workspace.Create();

        var results = await Task.WhenAll(
            workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "20"),
            workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "20", "--seed", "8"));

        results[0].AssertExitCode(0);
        results[1].AssertExitCode(0);
        var seven = workspace.PathOf("runs", "quick-mini-7");
        var eight = workspace.PathOf("runs", "quick-mini-8");
        Assert.NotEqual(
            File.ReadAllBytes(Path.Combine(seven, "daily_hospital.csv")),
            File.ReadAllBytes(Path.Combine(eight, "daily_hospital.csv")));
        Assert.Equal(
            (7L, 8L),
            ((long)RunDirectory.Manifest(seven)["scenario"]!["seed"]!, (long)RunDirectory.Manifest(eight)["scenario"]!["seed"]!));
    }
}
