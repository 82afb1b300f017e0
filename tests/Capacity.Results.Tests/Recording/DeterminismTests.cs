using System.Text.Json.Nodes;
using Capacity.Results.Tests.TestData;

namespace Capacity.Results.Tests.Recording;

public sealed class DeterminismTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task The_same_days_give_byte_identical_files_whatever_the_execution()
    {
        var scenario = SmallRun.Scenario();
        var first = await Runs.RecordAsync(_root.Combine("a"), scenario, SmallRun.Days(scenario), ScenarioFactory.Execution("host-a"));
        var second = await Runs.RecordAsync(
            _root.Combine("b"),
            scenario,
            SmallRun.Days(scenario),
            new ExecutionInfo("orleans", 2, TimeSpan.FromMinutes(3), DateTimeOffset.UnixEpoch, "9.9.9", "host-b", 64));

        var names = first.Files.Select(f => f.Name).Where(n => n != "manifest.json").ToArray();
        Assert.Equal(13, names.Length);
        Assert.Equal(names, second.Files.Select(f => f.Name).Where(n => n != "manifest.json"));
        Assert.All(names, name => Assert.Equal(
            File.ReadAllBytes(Path.Combine(first.RunDirectory, name)),
            File.ReadAllBytes(Path.Combine(second.RunDirectory, name))));
    }

    [Fact]
    public async Task Manifests_of_two_runs_differ_only_in_the_execution_block()
    {
        var first = await Runs.RecordAsync(_root.Combine("a"), SmallRun.Scenario(), SmallRun.Days(), ScenarioFactory.Execution("host-a"));
        var second = await Runs.RecordAsync(_root.Combine("b"), SmallRun.Scenario(), SmallRun.Days(), ScenarioFactory.Execution("host-b"));

        var a = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(first.RunDirectory, "manifest.json")))!.AsObject();
        var b = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(second.RunDirectory, "manifest.json")))!.AsObject();

        Assert.NotEqual(a["execution"]!.ToJsonString(), b["execution"]!.ToJsonString());
        a.Remove("execution");
        b.Remove("execution");
        Assert.Equal(a.ToJsonString(), b.ToJsonString());
    }

    [Fact]
    public async Task Writing_the_same_parquet_twice_in_one_process_gives_identical_bytes()
    {
        var first = await Runs.RecordSmallAsync(_root.Combine("a"));
        var second = await Runs.RecordSmallAsync(_root.Combine("b"));

        foreach (var name in new[] { "daily_hospital.parquet", "daily_ooad.parquet", "daily_national.parquet", "daily_warehouse.parquet" })
        {
            Assert.Equal(first.Files.Single(f => f.Name == name).Sha256, second.Files.Single(f => f.Name == name).Sha256);
        }
    }
}
