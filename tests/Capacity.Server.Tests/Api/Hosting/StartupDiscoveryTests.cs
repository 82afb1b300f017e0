using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Capacity.Results.Reading;
using Capacity.Server.Tests.Api.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Capacity.Server.Tests.Api.Hosting;

/// <summary>
/// What a host finds at start: completed run directories already in the runs directory (CLI runs included) become
/// completed runs; invalid scenario files are listed as invalid with their errors.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class StartupDiscoveryTests(CapacityApiFactory api)
{
    [Fact]
    public async Task A_run_directory_found_at_start_is_a_completed_run_with_readable_results()
    {
        var source = api.RunDirectory(await api.CompletedQuickMiniAsync());
        await using var host = new ConfiguredApiFactory();
        CopyDirectory(source, Path.Combine(host.RunsDirectory, "cli-run"));
        Directory.CreateDirectory(Path.Combine(host.RunsDirectory, "half-written"));
        File.WriteAllText(Path.Combine(host.RunsDirectory, "half-written", "daily_national.csv"), "day\n");
        using var client = host.Anonymous();

        var list = await ApiJson.GetAsync(client, "/api/runs");

        var ids = list.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToArray();
        Assert.Equal(["cli-run"], ids);
        var run = await ApiJson.GetAsync(client, "/api/runs/cli-run");
        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal("quick-mini", run.GetProperty("scenario").GetString());
        Assert.Equal(ApiRuns.QuickDays, run.GetProperty("days").GetInt32());
        Assert.Equal(JsonValueKind.String, run.GetProperty("startedAt").ValueKind);
        Assert.Equal(JsonValueKind.String, run.GetProperty("finishedAt").ValueKind);
        var kpis = await ApiJson.GetAsync(client, "/api/runs/cli-run/kpis");
        Assert.Equal((await ManifestKpis.ReadAsync(source)).Select(k => k.Name), kpis.EnumerateArray().Select(k => k.GetProperty("name").GetString()));
        var series = await ApiJson.GetAsync(client, "/api/runs/cli-run/series/national?columns=census_icu");
        Assert.Equal(ApiRuns.QuickDays, series.GetProperty("total").GetInt32());
        using var deleter = host.Authorized();
        using var deleted = await deleter.DeleteAsync("/api/runs/cli-run");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(host.RunsDirectory, "cli-run")), "DELETE left the CLI run's directory");
    }

    [Fact]
    public async Task An_ensemble_directory_found_at_start_is_a_completed_run_of_its_replicas()
    {
        var ensemble = await api.RunToCompletionAsync(new { scenario = "quick-mini", days = 8, replicas = 2 });
        await using var host = new ConfiguredApiFactory();
        CopyDirectory(api.RunDirectory(ensemble), Path.Combine(host.RunsDirectory, "cli-ensemble"));
        using var client = host.Anonymous();

        var run = await ApiJson.GetAsync(client, "/api/runs/cli-ensemble");

        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal(2, run.GetProperty("replicas").GetInt32());
        var series = await ApiJson.GetAsync(client, "/api/runs/cli-ensemble/series/national?replica=1&columns=census_ward");
        Assert.Equal(8, series.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_runs_directory_that_does_not_exist_yet_is_created_by_the_first_run()
    {
        var parent = Path.Combine(Path.GetTempPath(), "capacity-api-missing-" + Guid.NewGuid().ToString("N"));
        var missing = Path.Combine(parent, "not", "yet");
        try
        {
            await using var host = new ConfiguredApiFactory(new Dictionary<string, string> { ["Capacity:RunsDirectory"] = missing });
            using var client = host.Authorized();

            Assert.Empty((await ApiJson.GetAsync(client, "/api/runs")).EnumerateArray());
            var id = await ApiRuns.StartAsync(client, ApiRuns.QuickMini());
            await ApiRuns.WaitForStatusAsync(client, id, "completed");

            Assert.True(File.Exists(Path.Combine(missing, id, "manifest.json")), $"no manifest under {missing}");
        }
        finally
        {
            if (Directory.Exists(parent))
            {
                Directory.Delete(parent, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Without_a_configured_key_a_generated_key_is_required()
    {
        await using var host = new ConfiguredApiFactory(new Dictionary<string, string> { ["Capacity:ApiKey"] = "" });
        using var anonymous = host.Anonymous();
        using var empty = host.Anonymous();
        empty.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", "");
        using var guessing = host.Authorized();

        using var withoutKey = await anonymous.PostAsJsonAsync("/api/runs", ApiRuns.QuickMini());
        using var withEmptyKey = await empty.PostAsJsonAsync("/api/runs", ApiRuns.QuickMini());
        using var withTestKey = await guessing.PostAsJsonAsync("/api/runs", ApiRuns.QuickMini());

        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withEmptyKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withTestKey.StatusCode);
        var key = host.Services.GetRequiredService<Capacity.Server.Configuration.ApiKeySecret>().Value;
        Assert.Matches("^[0-9a-f]{32}$", key);
        using var owner = host.Anonymous();
        owner.DefaultRequestHeaders.Add("X-Api-Key", key);
        var id = await ApiRuns.StartAsync(owner, ApiRuns.QuickMini());
        await ApiRuns.WaitForStatusAsync(owner, id, "completed");
    }

    [Fact]
    public async Task An_invalid_scenario_file_is_listed_as_invalid_with_its_located_errors()
    {
        var scenarios = Path.Combine(Path.GetTempPath(), "capacity-api-scenarios-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scenarios);
        try
        {
            var yaml = File.ReadAllText(Path.Combine(CapacityApiFactory.ScenariosDirectory, "quick-mini.yaml"));
            File.WriteAllText(Path.Combine(scenarios, "quick-mini.yaml"), yaml);
            var lines = yaml.Split('\n').ToList();
            var demand = lines.FindIndex(l => l == "demand:");
            lines.Insert(demand + 1, "  atackRate: 0.1");
            File.WriteAllText(Path.Combine(scenarios, "typo.yaml"), string.Join('\n', lines));
            await using var host = new ConfiguredApiFactory(new Dictionary<string, string> { ["Capacity:ScenariosDirectory"] = scenarios });
            using var client = host.Anonymous();

            var list = await ApiJson.GetAsync(client, "/api/scenarios");

            Assert.Equal(["quick-mini", "typo"], list.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
            var typo = list[1];
            Assert.False(typo.GetProperty("valid").GetBoolean());
            var error = Assert.Single(typo.GetProperty("errors").EnumerateArray());
            Assert.Equal(demand + 2, error.GetProperty("line").GetInt32());
            Assert.Equal(3, error.GetProperty("column").GetInt32());
            Assert.Equal("demand.atackRate", error.GetProperty("path").GetString());
            var one = await ApiJson.GetAsync(client, "/api/scenarios/typo");
            Assert.False(one.GetProperty("valid").GetBoolean());
            Assert.Equal(File.ReadAllText(Path.Combine(scenarios, "typo.yaml")), one.GetProperty("yaml").GetString());
            using var launcher = host.Authorized();
            using var response = await launcher.PostAsync(
                "/api/runs", new StringContent("""{"scenario": "typo", "days": 15}""", System.Text.Encoding.UTF8, "application/json"));
            var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest, "launching an invalid scenario");
            Assert.Equal(JsonValueKind.Array, problem.GetProperty("errors").ValueKind);
        }
        finally
        {
            Directory.Delete(scenarios, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
