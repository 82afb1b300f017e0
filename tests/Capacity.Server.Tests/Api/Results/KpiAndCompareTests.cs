using System.Net;
using Capacity.Results.Reading;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Results;

/// <summary><c>GET /api/runs/{id}/kpis</c> flattens the manifest KPIs; <c>GET /api/compare</c> sets two runs' KPIs side by side.</summary>
[Collection(ApiCollection.Name)]
public sealed class KpiAndCompareTests(CapacityApiFactory api)
{
    [Fact]
    public async Task The_kpis_are_the_manifest_kpis_as_ManifestKpis_reads_them()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var kpis = await ApiJson.GetAsync(client, $"/api/runs/{id}/kpis");

        var expected = await ManifestKpis.ReadAsync(api.RunDirectory(id));
        Assert.NotEmpty(expected);
        Assert.Equal(
            expected.Select(k => (k.Name, k.Value)),
            kpis.EnumerateArray().Select(k => (k.GetProperty("name").GetString()!, k.GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.Null ? (double?)null : k.GetProperty("value").GetDouble())));
    }

    [Fact]
    public async Task Comparing_a_run_with_itself_gives_every_kpi_with_no_delta()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var comparison = await ApiJson.GetAsync(client, $"/api/compare?a={id}&b={id}");

        var expected = await ManifestKpis.ReadAsync(api.RunDirectory(id));
        var rows = comparison.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(expected.Select(k => k.Name), rows.Select(r => r.GetProperty("name").GetString()));
        foreach (var row in rows.Where(r => r.GetProperty("a").ValueKind == System.Text.Json.JsonValueKind.Number))
        {
            Assert.Equal(row.GetProperty("a").GetDouble(), row.GetProperty("b").GetDouble());
            Assert.Equal(0.0, row.GetProperty("delta").GetDouble());
        }
    }

    [Fact]
    public async Task Comparing_two_seeds_gives_each_run_its_own_kpis_and_their_difference()
    {
        var a = await api.CompletedQuickMiniAsync();
        var b = await api.RunToCompletionAsync(ApiRuns.QuickMini(seed: 31));
        using var client = api.Anonymous();

        var comparison = await ApiJson.GetAsync(client, $"/api/compare?a={a}&b={b}");

        var kpisA = (await ManifestKpis.ReadAsync(api.RunDirectory(a))).ToDictionary(k => k.Name, k => k.Value);
        var kpisB = (await ManifestKpis.ReadAsync(api.RunDirectory(b))).ToDictionary(k => k.Name, k => k.Value);
        foreach (var row in comparison.GetProperty("rows").EnumerateArray())
        {
            var name = row.GetProperty("name").GetString()!;
            if (kpisA[name] is { } va && kpisB[name] is { } vb)
            {
                Assert.Equal(va, row.GetProperty("a").GetDouble());
                Assert.Equal(vb, row.GetProperty("b").GetDouble());
                Assert.Equal(vb - va, row.GetProperty("delta").GetDouble(), 9);
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("?a=x")]
    public async Task Comparing_without_two_runs_is_400(string query)
    {
        using var client = api.Anonymous();

        await ApiJson.GetProblemAsync(client, "/api/compare" + query, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Comparing_with_an_unknown_run_is_404()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        await ApiJson.GetProblemAsync(client, $"/api/compare?a={id}&b=no-such-run", HttpStatusCode.NotFound);
    }
}
