using System.Net;
using System.Net.Http.Json;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Limits;

/// <summary>Requests beyond the default limits (MaxDays 1096, MaxReplicas 32) are 400 "Limit exceeded", naming the limit and the value.</summary>
[Collection(ApiCollection.Name)]
public sealed class DefaultLimitTests(CapacityApiFactory api)
{
    [Fact]
    public async Task More_days_than_MaxDays_is_400_limit_exceeded()
    {
        using var client = api.Authorized();

        using var response = await client.PostAsJsonAsync("/api/runs", new { scenario = "quick-mini", days = 1097 });

        var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest, "days 1097");
        Assert.Equal("Limit exceeded", problem.GetProperty("title").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("MaxDays", detail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("1097", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_days_than_MaxDays_through_an_override_is_400_limit_exceeded()
    {
        using var client = api.Authorized();

        using var response = await client.PostAsJsonAsync(
            "/api/runs", new { scenario = "quick-mini", overrides = new Dictionary<string, string> { ["days"] = "2000" } });

        var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest, "override days 2000");
        Assert.Equal("Limit exceeded", problem.GetProperty("title").GetString());
        Assert.Contains("2000", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_replicas_than_MaxReplicas_is_400_limit_exceeded()
    {
        using var client = api.Authorized();

        using var response = await client.PostAsJsonAsync("/api/runs", new { scenario = "quick-mini", days = 15, replicas = 33 });

        var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest, "replicas 33");
        Assert.Equal("Limit exceeded", problem.GetProperty("title").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("MaxReplicas", detail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("33", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_at_exactly_MaxDays_is_accepted()
    {
        using var client = api.Authorized();

        var id = await ApiRuns.StartAsync(client, new { scenario = "quick-mini", days = 1096 });

        using var response = await client.DeleteAsync($"/api/runs/{id}");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
