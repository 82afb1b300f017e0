using System.Net;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Hosting;

/// <summary>The host serves the OpenAPI document, Swagger UI, the Orleans Dashboard and the embedded web UI.</summary>
[Collection(ApiCollection.Name)]
public sealed class DocumentationAndUiTests(CapacityApiFactory api)
{
    [Fact]
    public async Task The_openapi_document_parses_and_lists_the_run_endpoints()
    {
        using var client = api.Anonymous();

        var document = await ApiJson.GetAsync(client, "/openapi/v1.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        string[] expected =
        [
            "/api/info", "/api/scenarios", "/api/scenarios/{name}", "/api/scenarios/validate", "/api/runs", "/api/runs/{id}",
            "/api/runs/{id}/cancel", "/api/runs/{id}/progress", "/api/runs/{id}/kpis", "/api/runs/{id}/series/{level}",
            "/api/runs/{id}/stock", "/api/runs/{id}/stock-outs", "/api/runs/{id}/shipments", "/api/runs/{id}/map",
            "/api/runs/{id}/events", "/api/runs/{id}/files", "/api/compare",
        ];
        Assert.Empty(expected.Except(paths));
        Assert.Contains(paths, p => p.StartsWith("/api/runs/{id}/files/{", StringComparison.Ordinal));
        Assert.True(document.GetProperty("paths").GetProperty("/api/runs").TryGetProperty("post", out _), "POST /api/runs is not documented");
    }

    [Fact]
    public async Task The_api_docs_are_an_html_page()
    {
        using var client = api.Anonymous();

        using var response = await client.GetAsync("/api/docs");

        await AssertHtmlAsync(response, "/api/docs");
    }

    [Fact]
    public async Task The_dashboard_is_an_html_page()
    {
        using var client = api.Anonymous();

        using var response = await client.GetAsync("/dashboard/");

        await AssertHtmlAsync(response, "/dashboard/");
    }

    [Fact]
    public async Task The_root_serves_the_embedded_index_html()
    {
        using var client = api.Anonymous();

        using var response = await client.GetAsync("/");

        var body = await AssertHtmlAsync(response, "/");
        var index = File.ReadAllText(RepositoryRoot.Combine("src", "Capacity.Server", "wwwroot", "index.html"));
        Assert.Equal(index, body);
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem_and_not_the_web_ui()
    {
        using var client = api.Anonymous();

        await ApiJson.GetProblemAsync(client, "/api/no-such-endpoint", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_method_an_api_path_does_not_take_is_a_405_problem()
    {
        using var client = api.Authorized();

        using var response = await client.PutAsync("/api/runs", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        await ApiJson.ProblemAsync(response, HttpStatusCode.MethodNotAllowed, "PUT /api/runs");
    }

    private static async Task<string> AssertHtmlAsync(HttpResponseMessage response, string url)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: expected 200, got {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches("(?i)<!doctype html|<html", body);
        return body;
    }
}
