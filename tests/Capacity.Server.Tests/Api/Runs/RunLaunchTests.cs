using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Runs;

/// <summary><c>POST /api/runs</c> queues a run; <c>GET /api/runs/{id}</c> follows it to completion; <c>GET /api/runs</c> lists it.</summary>
[Collection(ApiCollection.Name)]
public sealed class RunLaunchTests(CapacityApiFactory api)
{
    [Fact]
    public async Task Launching_a_scenario_is_202_with_the_queued_run_and_its_location()
    {
        using var client = api.Authorized();

        using var response = await client.PostAsJsonAsync("/api/runs", ApiRuns.QuickMini(seed: 11));

        var run = await ApiJson.ReadAsync(response, HttpStatusCode.Accepted, "POST /api/runs");
        var id = run.GetProperty("id").GetString();
        Assert.Equal($"/api/runs/{id}", response.Headers.Location is { IsAbsoluteUri: true } l ? l.AbsolutePath : response.Headers.Location?.OriginalString);
        Assert.Equal("quick-mini", run.GetProperty("scenario").GetString());
        Assert.Equal(11, run.GetProperty("seed").GetInt64());
        Assert.Equal(ApiRuns.QuickDays, run.GetProperty("days").GetInt32());
        Assert.Equal(1, run.GetProperty("replicas").GetInt32());
        Assert.Contains(run.GetProperty("status").GetString(), new[] { "queued", "running", "completed" });
        await ApiRuns.WaitForStatusAsync(client, id!, "completed");
    }

    [Fact]
    public async Task A_completed_run_has_done_every_day_and_carries_its_daily_history()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var run = await ApiJson.GetAsync(client, $"/api/runs/{id}");

        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal(ApiRuns.QuickDays, run.GetProperty("daysDone").GetInt32());
        Assert.Equal(1.0, run.GetProperty("progress").GetDouble(), 6);
        Assert.Equal(JsonValueKind.String, run.GetProperty("startedAt").ValueKind);
        Assert.Equal(JsonValueKind.String, run.GetProperty("finishedAt").ValueKind);
        Assert.True(run.GetProperty("finishedAt").GetDateTimeOffset() >= run.GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, run.GetProperty("error").ValueKind);
        Assert.Equal(
            ["id", "scenario", "seed", "days", "replicas", "status", "daysDone", "progress", "startedAt", "finishedAt", "error", "latest", "history"],
            run.EnumerateObject().Select(p => p.Name));
        var latest = run.GetProperty("latest");
        Assert.Equal(ApiRuns.QuickDays - 1, latest.GetProperty("day").GetInt32());
        Assert.Equal("2020-04-15", latest.GetProperty("date").GetString());
        var history = run.GetProperty("history").EnumerateArray().ToArray();
        Assert.Equal(Enumerable.Range(0, ApiRuns.QuickDays), history.Select(h => h.GetProperty("day").GetInt32()));
        Assert.Equal("2020-04-01", history[0].GetProperty("date").GetString());
        Assert.Equal(latest.GetProperty("census").GetInt64(), history[^1].GetProperty("census").GetInt64());
        Assert.Equal(latest.GetProperty("covidBeds").GetInt64(), history[^1].GetProperty("covidBeds").GetInt64());
    }

    [Fact]
    public async Task The_latest_day_matches_the_national_table()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var run = await ApiJson.GetAsync(client, $"/api/runs/{id}");

        var table = CsvTable.Read(Path.Combine(api.RunDirectory(id), "daily_national.csv"));
        var last = table.Rows[^1];
        var census = table.Long(last, "census_ward") + table.Long(last, "census_icu") + table.Long(last, "stretcher_census");
        var beds = table.Long(last, "covid_ward_beds") + table.Long(last, "covid_icu_beds");
        var latest = run.GetProperty("latest");
        Assert.Equal(census, latest.GetProperty("census").GetInt64());
        Assert.Equal(beds, latest.GetProperty("covidBeds").GetInt64());
        Assert.True(latest.TryGetProperty("turnedAway", out _), "latest has no turnedAway");
    }

    [Fact]
    public async Task The_run_list_holds_the_run_newest_first_and_without_history()
    {
        var older = await api.CompletedQuickMiniAsync();
        var newer = await api.RunToCompletionAsync(ApiRuns.QuickMini(seed: 12));
        using var client = api.Anonymous();

        var list = await ApiJson.GetAsync(client, "/api/runs");

        var ids = list.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains(older, ids);
        Assert.Contains(newer, ids);
        Assert.True(ids.IndexOf(newer) < ids.IndexOf(older), $"newest first: {string.Join(", ", ids)}");
        Assert.All(list.EnumerateArray(), r => Assert.False(
            r.TryGetProperty("history", out var h) && h.ValueKind != JsonValueKind.Null, $"history in the list: {r}"));
    }

    [Fact]
    public async Task An_uploaded_yaml_with_overrides_runs_the_effective_scenario()
    {
        var yaml = File.ReadAllText(Path.Combine(CapacityApiFactory.ScenariosDirectory, "quick-mini.yaml"));
        using var client = api.Authorized();

        var id = await ApiRuns.StartAsync(client, new { yaml, overrides = new Dictionary<string, string> { ["days"] = "12" } });
        var run = await ApiRuns.WaitForStatusAsync(client, id, "completed");

        Assert.Equal(12, run.GetProperty("days").GetInt32());
        Assert.Equal(12, run.GetProperty("daysDone").GetInt32());
        Assert.Equal(13, File.ReadAllLines(Path.Combine(api.RunDirectory(id), "daily_national.csv")).Length);
    }

    [Fact]
    public async Task An_ensemble_writes_one_directory_per_replica()
    {
        using var client = api.Authorized();

        var id = await ApiRuns.StartAsync(client, new { scenario = "quick-mini", days = 10, replicas = 2 });
        var status = await ApiRuns.WaitForStatusAsync(client, id, "completed");

        Assert.Equal(2, status.GetProperty("replicas").GetInt32());
        Assert.Equal(1.0, status.GetProperty("progress").GetDouble(), 6);

        var files = (await ApiJson.GetAsync(client, $"/api/runs/{id}/files")).EnumerateArray()
            .Select(f => f.GetProperty("path").GetString()).ToArray();
        Assert.Contains("replica-000/daily_national.csv", files);
        Assert.Contains("replica-001/daily_national.csv", files);
        var first = await ApiJson.GetAsync(client, $"/api/runs/{id}/kpis?replica=0");
        var second = await ApiJson.GetAsync(client, $"/api/runs/{id}/kpis?replica=1");
        Assert.Equal(
            first.EnumerateArray().Select(k => k.GetProperty("name").GetString()),
            second.EnumerateArray().Select(k => k.GetProperty("name").GetString()));
        var series0 = await ApiJson.GetAsync(client, $"/api/runs/{id}/series/national?replica=0&columns=census_ward");
        var series1 = await ApiJson.GetAsync(client, $"/api/runs/{id}/series/national?replica=1&columns=census_ward");
        Assert.Equal(10, series1.GetProperty("total").GetInt32());
        Assert.NotEqual(series0.GetProperty("rows").GetRawText(), series1.GetProperty("rows").GetRawText());
        await ApiJson.GetProblemAsync(client, $"/api/runs/{id}/kpis?replica=2", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_ensemble_reports_the_national_census_of_replica_0()
    {
        using var client = api.Authorized();
        var id = await ApiRuns.StartAsync(client, new { scenario = "quick-mini", days = 10, replicas = 2 });

        var status = await ApiRuns.WaitForStatusAsync(client, id, "completed");

        var table = CsvTable.Read(Path.Combine(api.RunDirectory(id), "replica-000", "daily_national.csv"));
        var last = table.Rows[^1];
        var latest = status.GetProperty("latest");
        Assert.True(latest.ValueKind == JsonValueKind.Object, $"an ensemble has no latest day: {status}");
        Assert.Equal(9, latest.GetProperty("day").GetInt32());
        Assert.Equal(
            table.Long(last, "census_ward") + table.Long(last, "census_icu") + table.Long(last, "stretcher_census"),
            latest.GetProperty("census").GetInt64());
        Assert.Equal(10, status.GetProperty("history").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"days": 15}""")]
    [InlineData("""{"scenario": "quick-mini", "yaml": "name: x", "days": 15}""")]
    [InlineData("""{"scenario": "quick-mini", "days": 0}""")]
    [InlineData("""{"scenario": "quick-mini", "replicas": 0}""")]
    [InlineData("""{"scenario": "quick-mini", "overrides": {"demand.attackRate": "abc"}}""")]
    [InlineData("""not json""")]
    public async Task A_bad_run_request_is_400(string body)
    {
        using var client = api.Authorized();

        using var response = await client.PostAsync("/api/runs", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest, "POST /api/runs " + body);
    }

    [Fact]
    public async Task Launching_an_unknown_scenario_is_404()
    {
        using var client = api.Authorized();

        using var response = await client.PostAsJsonAsync("/api/runs", new { scenario = "no-such-scenario", days = 15 });

        await ApiJson.ProblemAsync(response, HttpStatusCode.NotFound, "POST /api/runs unknown scenario");
    }

    [Fact]
    public async Task An_unknown_run_is_404()
    {
        using var client = api.Anonymous();

        await ApiJson.GetProblemAsync(client, "/api/runs/no-such-run", HttpStatusCode.NotFound);
        await ApiJson.GetProblemAsync(client, "/api/runs/no-such-run/kpis", HttpStatusCode.NotFound);
    }
}
