using System.Net;
using System.Net.Http.Json;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Auth;

/// <summary>Mutating endpoints need <c>X-Api-Key</c>; everything else is open.</summary>
[Collection(ApiCollection.Name)]
public sealed class ApiKeyTests(CapacityApiFactory api)
{
    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("")]
    [InlineData("TEST-KEY")]
    public async Task Launching_without_the_right_api_key_is_401_and_starts_nothing(string? key)
    {
        using var client = ClientWith(key);
        var before = await RunIdsAsync(client);

        using var response = await client.PostAsJsonAsync("/api/runs", ApiRuns.QuickMini());

        await ApiJson.ProblemAsync(response, HttpStatusCode.Unauthorized, "POST /api/runs with key " + key);
        Assert.Equal(before, await RunIdsAsync(client));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Cancelling_without_the_right_api_key_is_401(string? key)
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = ClientWith(key);

        using var response = await client.PostAsync($"/api/runs/{id}/cancel", null);

        await ApiJson.ProblemAsync(response, HttpStatusCode.Unauthorized, "cancel with key " + key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Deleting_without_the_right_api_key_is_401_and_keeps_the_run(string? key)
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = ClientWith(key);

        using var response = await client.DeleteAsync($"/api/runs/{id}");

        await ApiJson.ProblemAsync(response, HttpStatusCode.Unauthorized, "DELETE with key " + key);
        Assert.True(Directory.Exists(api.RunDirectory(id)), "the run directory is gone");
        await ApiJson.GetAsync(client, $"/api/runs/{id}");
    }

    [Theory]
    [InlineData("/api/info")]
    [InlineData("/api/scenarios")]
    [InlineData("/api/scenarios/quick-mini")]
    [InlineData("/api/runs")]
    [InlineData("/api/runs/{id}")]
    [InlineData("/api/runs/{id}/kpis")]
    [InlineData("/api/runs/{id}/series/national?limit=1")]
    [InlineData("/api/runs/{id}/files")]
    public async Task Reading_needs_no_api_key(string url)
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        using var response = await client.GetAsync(url.Replace("{id}", id, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_api_key_on_an_open_endpoint_does_not_refuse_it()
    {
        using var client = ClientWith("wrong-key");

        using var response = await client.GetAsync("/api/runs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_key_is_checked_before_the_body()
    {
        using var client = api.Anonymous();

        using var response = await client.PostAsync("/api/runs", new StringContent("not json", System.Text.Encoding.UTF8, "application/json"));

        await ApiJson.ProblemAsync(response, HttpStatusCode.Unauthorized, "POST /api/runs without key and with a bad body");
    }

    [Fact]
    public async Task The_info_tells_the_limits_and_the_documentation_addresses()
    {
        using var client = api.Anonymous();

        var info = await ApiJson.GetAsync(client, "/api/info");

        Assert.False(string.IsNullOrEmpty(info.GetProperty("version").GetString()));
        var limits = info.GetProperty("limits");
        Assert.Equal(1096, limits.GetProperty("maxDays").GetInt32());
        Assert.Equal(5000, limits.GetProperty("maxHospitals").GetInt32());
        Assert.Equal(32, limits.GetProperty("maxReplicas").GetInt32());
        Assert.Equal(1048576, limits.GetProperty("maxUploadBytes").GetInt64());
        Assert.Equal(4, limits.GetProperty("maxConcurrentRuns").GetInt32());
        // The contract wrote "/dashboard"; the backend answers the dashboard's canonical "/dashboard/" (the UI's link).
        Assert.Contains(info.GetProperty("dashboard").GetString(), new[] { "/dashboard", "/dashboard/" });
        Assert.Equal("/api/docs", info.GetProperty("apiDocs").GetString());
        Assert.Equal("/openapi/v1.json", info.GetProperty("openApi").GetString());
        Assert.DoesNotContain(CapacityApiFactory.ApiKey, info.GetRawText(), StringComparison.Ordinal);
    }

    private HttpClient ClientWith(string? key)
    {
        var client = api.Anonymous();
        if (key is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", key);
        }

        return client;
    }

    private static async Task<string[]> RunIdsAsync(HttpClient client) =>
        [.. (await ApiJson.GetAsync(client, "/api/runs")).EnumerateArray().Select(r => r.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
}
