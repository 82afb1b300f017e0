using System.Text.Json.Nodes;
using System.Xml.Linq;
using Capacity.Cli.Tests.Support;

namespace Capacity.Cli.Tests.Plots;

/// <summary>Charts written by <c>capacity run</c>, <c>ensemble</c> and <c>compare</c>, byte-stable from one process to the next.</summary>
public sealed class PlotCommandTests
{
    [Fact]
    public async Task Two_processes_on_different_engines_draw_byte_identical_charts()
    {
        using var workspace = Workspace.Create();

        var results = await Task.WhenAll(
            workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "20", "--set", "outputs.plots=true", "--engine", "inline", "-o", "inline"),
            workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "20", "--set", "outputs.plots=true", "-o", "default"));

        results[0].AssertExitCode(0);
        results[1].AssertExitCode(0);
        RunDirectories.AssertIdentical(workspace.PathOf("inline"), workspace.PathOf("default"));
        var plots = workspace.Entries("inline/plots");
        Assert.Contains("national_census.svg", plots);
        Assert.Contains("ooad/census_yuc.png", plots);
        Assert.Equal(2 * (1 + 4 + 6), plots.Count(p => p.EndsWith(".png", StringComparison.Ordinal) || p.EndsWith(".svg", StringComparison.Ordinal)));
        var listed = RunDirectory.Manifest(workspace.PathOf("inline"))["files"]!.AsArray().Select(f => (string)f!["name"]!);
        Assert.Contains("plots/ooad/census_yuc.svg", listed);
    }

    [Fact]
    public async Task An_ensemble_draws_band_charts_and_compare_draws_the_difference_of_two_runs()
    {
        using var workspace = Workspace.Create();
        var ensemble = await workspace.RunAsync(
            "ensemble", "scenarios/quick-mini.yaml", "--days", "8", "--replicas", "3", "--engine", "inline", "--set", "outputs.plots=true", "-o", "ens");

        var compare = await workspace.RunAsync("compare", "ens/replica-000", "ens/replica-001", "-o", "out/compare.md");

        ensemble.AssertExitCode(0);
        Assert.Equal(
            ["plots/bands_census.png", "plots/bands_census.svg", "plots/bands_turned_away.png", "plots/bands_turned_away.svg"],
            JsonNode.Parse(File.ReadAllText(workspace.PathOf("ens", "ensemble.json")))!["files"]!.AsArray()
                .Select(f => (string)f!["name"]!).Where(n => n.StartsWith("plots/", StringComparison.Ordinal)));
        var bands = XDocument.Load(workspace.PathOf("ens", "plots", "bands_census.svg"));
        Assert.Contains(bands.Descendants().Where(e => e.Name.LocalName == "text"), e => e.Value.Trim().StartsWith("quick-mini — national COVID census over 3 replicas", StringComparison.Ordinal));
        compare.AssertExitCode(0);
        Assert.Equal(["compare.csv", "compare.md", "compare_diff_replica-001.png", "compare_diff_replica-001.svg"], workspace.Entries("out"));
        var diff = XDocument.Load(workspace.PathOf("out", "compare_diff_replica-001.svg"));
        Assert.Contains(diff.Descendants().Where(e => e.Name.LocalName == "text"), e => e.Value.Trim() == "replica-001 − replica-000: national series, difference per day");
    }
}
