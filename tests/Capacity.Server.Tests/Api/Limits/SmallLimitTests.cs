using System.Net;
using System.Net.Http.Json;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Limits;

/// <summary>
/// A host of its own with small limits (<see cref="LimitedApiFactory"/>): uploads over MaxUploadBytes are 413, a run
/// past MaxConcurrentRuns is 429, and the limits of the configuration are the ones enforced and reported.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SmallLimitTests(LimitedApiFactory api) : IClassFixture<LimitedApiFactory>
{
    private static readonly string QuickMiniYaml = File.ReadAllText(Path.Combine(CapacityApiFactory.ScenariosDirectory, "quick-mini.yaml"));

    [Fact]
    public async Task The_info_reports_the_configured_limits()
    {
        using var client = api.Anonymous();

        var limits = (await ApiJson.GetAsync(client, "/api/info")).GetProperty("limits");

        Assert.Equal(LimitedApiFactory.MaxReplicas, limits.GetProperty("maxReplicas").GetInt32());
        Assert.Equal(LimitedApiFactory.MaxUploadBytes, limits.GetProperty("maxUploadBytes").GetInt64());
        Assert.Equal(1, limits.GetProperty("maxConcurrentRuns").GetInt32());
    }

    [Fact]
    public async Task A_run_request_larger_than_MaxUploadBytes_is_413()
    {
        using var client = api.Authorized();
        var before = (await ApiJson.GetAsync(client, "/api/runs")).GetArrayLength();

        using var response = await client.PostAsJsonAsync("/api/runs", new { yaml = Padded(QuickMiniYaml), days = 15 });

        await ApiJson.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "a run request over MaxUploadBytes");
        Assert.Equal(before, (await ApiJson.GetAsync(client, "/api/runs")).GetArrayLength());
    }

    [Fact]
    public async Task A_validation_request_larger_than_MaxUploadBytes_is_413()
    {
        using var client = api.Anonymous();

        using var response = await client.PostAsJsonAsync("/api/scenarios/validate", new { yaml = Padded(QuickMiniYaml) });

        await ApiJson.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "a validation request over MaxUploadBytes");
    }

    [Fact]
    public async Task An_upload_within_MaxUploadBytes_is_accepted()
    {
        using var client = api.Anonymous();

        using var response = await client.PostAsJsonAsync("/api/scenarios/validate", new { yaml = QuickMiniYaml });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task More_replicas_than_the_configured_MaxReplicas_is_400_limit_exceeded()
    {
        using var client = api.Authorized();

        using var response = await client.PostAsJsonAsync("/api/runs", new { scenario = "quick-mini", days = 15, replicas = LimitedApiFactory.MaxReplicas + 1 });

        var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest, "replicas over the small limit");
        Assert.Equal("Limit exceeded", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_run_past_MaxConcurrentRuns_is_429_until_the_running_one_ends()
    {
        using var client = api.Authorized();
        var first = await ApiRuns.StartAsync(client, ApiRuns.LongQuickMini());

        using var refused = await client.PostAsJsonAsync("/api/runs", ApiRuns.QuickMini());

        await ApiJson.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "a second run with MaxConcurrentRuns 1");
        using var cancel = await client.PostAsync($"/api/runs/{first}/cancel", null);
        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        await ApiRuns.WaitForStatusAsync(client, first, "cancelled");
        var next = await ApiRuns.StartAsync(client, ApiRuns.QuickMini());
        await ApiRuns.WaitForStatusAsync(client, next, "completed");
    }

    [Fact]
    public async Task A_network_with_more_hospitals_than_MaxHospitals_is_400_limit_exceeded()
    {
        await using var host = new ConfiguredApiFactory(new Dictionary<string, string> { ["Capacity:Limits:MaxHospitals"] = "3" });
        using var client = host.Authorized();

        using var response = await client.PostAsJsonAsync("/api/runs", ApiRuns.QuickMini());

        var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest, "quick-mini with MaxHospitals 3");
        Assert.Equal("Limit exceeded", problem.GetProperty("title").GetString());
        Assert.Contains("MaxHospitals", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Simultaneous_launches_past_MaxConcurrentRuns_admit_exactly_one()
    {
        var clients = Enumerable.Range(0, 4).Select(_ => api.Authorized()).ToArray();

        var answers = await Task.WhenAll(clients.Select(c => c.PostAsJsonAsync("/api/runs", ApiRuns.LongQuickMini())));

        var accepted = answers.Where(a => a.StatusCode == HttpStatusCode.Accepted).ToArray();
        var codes = string.Join(", ", answers.Select(a => (int)a.StatusCode));
        foreach (var run in accepted)
        {
            var id = (await ApiJson.ReadAsync(run, HttpStatusCode.Accepted, "launch")).GetProperty("id").GetString();
            using var cancel = await clients[0].PostAsync($"/api/runs/{id}/cancel", null);
        }

        Assert.True(accepted.Length == 1, $"expected one 202 and three 429: {codes}");
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
        foreach (var disposable in answers.Cast<IDisposable>().Concat(clients))
        {
            disposable.Dispose();
        }
    }

    /// <summary>The YAML with a trailing comment that takes the request past MaxUploadBytes.</summary>
    private static string Padded(string yaml) => yaml + "\n# " + new string('x', LimitedApiFactory.MaxUploadBytes) + "\n";
}
