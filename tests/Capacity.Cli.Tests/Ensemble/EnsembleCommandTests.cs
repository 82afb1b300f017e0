using Capacity.Cli.Tests.Support;

namespace Capacity.Cli.Tests.Ensemble;

/// <summary><c>capacity ensemble / sweep / compare</c> on a few days of quick-mini.</summary>
public sealed class EnsembleCommandTests
{
    private static readonly string[] EnsembleFiles = ["bands_kpis.csv", "bands_national.csv", "ensemble.json"];

    [Fact]
    public async Task The_same_base_seed_gives_identical_ensemble_files_and_concurrent_grain_replicas_match_sequential_inline_ones()
    {
        using var workspace = Workspace.Create();

        var results = await Task.WhenAll(
            workspace.RunAsync("ensemble", "scenarios/quick-mini.yaml", "--days", "8", "--replicas", "3", "--parallel", "3", "--seed", "11", "-o", "grains"),
            workspace.RunAsync("ensemble", "scenarios/quick-mini.yaml", "--days", "8", "--replicas", "3", "--parallel", "1", "--seed", "11", "--engine", "inline", "-o", "inline"));

        results[0].AssertExitCode(0);
        results[1].AssertExitCode(0);
        foreach (var name in EnsembleFiles[..2])
        {
            Assert.Equal(File.ReadAllBytes(workspace.PathOf("grains", name)), File.ReadAllBytes(workspace.PathOf("inline", name)));
        }

        for (var i = 0; i < 3; i++)
        {
            RunDirectories.AssertIdentical(workspace.PathOf("inline", $"replica-00{i}"), workspace.PathOf("grains", $"replica-00{i}"));
            Assert.Equal(11L + i, (long)RunDirectory.Manifest(workspace.PathOf("grains", $"replica-00{i}"))["scenario"]!["seed"]!);
        }

        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(workspace.PathOf("grains", "ensemble.json")))!;
        Assert.Equal(11L, (long)manifest["baseSeed"]!);
        Assert.Equal("base + i", (string)manifest["seedRule"]!);
        Assert.Equal([.. EnsembleFiles, "replica-000", "replica-001", "replica-002"], Directory.EnumerateFileSystemEntries(workspace.PathOf("grains")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Replica_zero_is_the_plain_run_of_the_base_seed()
    {
        using var workspace = Workspace.Create();

        var ensemble = await workspace.RunAsync("ensemble", "scenarios/quick-mini.yaml", "--days", "8", "--replicas", "2", "--engine", "inline", "-o", "ens");
        var run = await workspace.RunAsync("run", "scenarios/quick-mini.yaml", "--days", "8", "--engine", "inline", "-o", "run");

        ensemble.AssertExitCode(0);
        run.AssertExitCode(0);
        RunDirectories.AssertIdentical(workspace.PathOf("run"), workspace.PathOf("ens", "replica-000"));
    }

    [Fact]
    public async Task With_parquet_in_the_formats_the_national_bands_are_also_written_as_parquet_with_the_csv_values()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("ensemble", "scenarios/quick-mini.yaml", "--days", "5", "--replicas", "3", "--engine", "inline", "--set", "outputs.formats=[csv,parquet]", "-o", "ens");

        result.AssertExitCode(0);
        var csv = File.ReadAllLines(workspace.PathOf("ens", "bands_national.csv"));
        await using var stream = File.OpenRead(workspace.PathOf("ens", "bands_national.parquet"));
        await using var reader = await Parquet.ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
        var fields = reader.Schema.DataFields;
        Assert.Equal(csv[0].Split(','), fields.Select(f => f.Name));
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(5, group.RowCount);
        var column = Array.FindIndex(fields, f => f.Name == "arrivals_ward_p50");
        var values = new double?[5];
        await group.ReadAsync(fields[column], values.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(csv.Skip(1).Select(l => l.Split(',')[column]), values.Select(v => v is { } d ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : ""));
        Assert.Contains("\"bands_national.parquet\"", File.ReadAllText(workspace.PathOf("ens", "ensemble.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sweep_writes_one_cell_per_grid_point_and_one_row_per_cell()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("sweep", "scenarios/quick-mini.yaml", "--days", "6", "--engine", "inline", "--param", "demand.attackRate=0.01,0.02,0.03", "--param", "transfers.policy=none,neighbours", "-o", "sw");

        result.AssertExitCode(0);
        var rows = File.ReadAllLines(workspace.PathOf("sw", "sweep.csv"));
        Assert.Equal(7, rows.Length);
        Assert.StartsWith("cell,demand.attackRate,transfers.policy,totalArrivals,", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("cell-005,0.03,neighbours,", rows[6], StringComparison.Ordinal);
        Assert.Contains("attackRate: 0.03", File.ReadAllText(workspace.PathOf("sw", "cell-005", "scenario.yaml")), StringComparison.Ordinal);
        Assert.Equal(6, Directory.GetDirectories(workspace.PathOf("sw")).Length);
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(workspace.PathOf("sw", "sweep.json")))!;
        Assert.Equal(["formatVersion", "scenario", "grid", "cells", "files", "execution"], manifest.AsObject().Select(p => p.Key));
        Assert.Equal("""[{"path":"demand.attackRate","values":["0.01","0.02","0.03"]},{"path":"transfers.policy","values":["none","neighbours"]}]""", manifest["grid"]!.ToJsonString());
        var last = manifest["cells"]!.AsArray()[5]!;
        Assert.Equal("""{"demand.attackRate":"0.03","transfers.policy":"neighbours"}""", last["params"]!.ToJsonString());
        Assert.Equal((7L, RunDirectory.Manifest(workspace.PathOf("sw", "cell-005"))["scenario"]!["sha256"]!.GetValue<string>()), ((long)last["seed"]!, (string)last["scenarioSha256"]!));
        var files = manifest["files"]!.AsArray().Select(f => (string)f!["name"]!).ToArray();
        Assert.Equal(["sweep.csv", "sweep.md"], files[..2]);
        Assert.Contains("cell-005/daily_national.csv", files);
        Assert.DoesNotContain("cell-005/manifest.json", files);
    }

    [Fact]
    public async Task A_bad_sweep_path_exits_2_with_the_loader_message_and_writes_nothing()
    {
        using var workspace = Workspace.Create();

        var result = await workspace.RunAsync("sweep", "scenarios/quick-mini.yaml", "--days", "6", "--param", "demand.atackRate=0.01,0.02", "-o", "sw");

        result.AssertExitCode(2);
        Assert.Equal("error: --set:0:0: demand.atackRate: unknown field 'atackRate' (did you mean 'attackRate'?)\n1 error(s); nothing was run or written.\n", result.StdErr);
        Assert.Equal(Workspace.ScenarioEntries, workspace.Entries());
    }

    [Fact]
    public async Task Compare_writes_deltas_against_the_first_run_and_a_missing_run_is_bad_input()
    {
        using var workspace = Workspace.Create();
        await workspace.RunAsync("ensemble", "scenarios/quick-mini.yaml", "--days", "6", "--replicas", "2", "--engine", "inline", "-o", "ens");

        var ok = await workspace.RunAsync("compare", "ens/replica-000", "ens/replica-001", "-o", "out/compare.md");
        var bad = await workspace.RunAsync("compare", "ens/replica-000", "nope");

        ok.AssertExitCode(0);
        var csv = File.ReadAllLines(workspace.PathOf("out", "compare.csv"));
        Assert.Equal("kpi,replica-000,replica-001,replica-001_delta,replica-001_delta_pct", csv[0]);
        var arrivals = csv[1].Split(',');
        Assert.Equal(double.Parse(arrivals[2], System.Globalization.CultureInfo.InvariantCulture) - double.Parse(arrivals[1], System.Globalization.CultureInfo.InvariantCulture), double.Parse(arrivals[3], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(File.Exists(workspace.PathOf("out", "compare.md")));
        bad.AssertExitCode(2);
        Assert.Equal($"error: {workspace.PathOf("nope")} is not a directory.\nNothing was written.\n", bad.StdErr);
    }
}
