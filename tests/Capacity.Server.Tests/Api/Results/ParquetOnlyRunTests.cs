using System.Net;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Results;

/// <summary>
/// A run that wrote its daily tables as Parquet only (<c>outputs.formats: [parquet]</c>) still completes and lists its
/// files; the result views that read CSV tables answer a clear client error, never a server error.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ParquetOnlyRunTests(CapacityApiFactory api)
{
    [Fact]
    public async Task The_views_of_a_parquet_only_run_answer_without_a_server_error()
    {
        var id = await api.RunToCompletionAsync(new
        {
            scenario = "quick-mini",
            days = 10,
            overrides = new Dictionary<string, string> { ["outputs.formats"] = "[parquet]" },
        });
        using var client = api.Anonymous();

        var files = await ApiJson.GetAsync(client, $"/api/runs/{id}/files");
        Assert.Contains("daily_national.parquet", files.EnumerateArray().Select(f => f.GetProperty("path").GetString()));
        await ApiJson.GetAsync(client, $"/api/runs/{id}/kpis");
        foreach (var view in new[] { "series/national", "series/hospital", "stock", "stock-outs", "shipments", "map", "events" })
        {
            using var response = await client.GetAsync($"/api/runs/{id}/{view}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"{view}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
        }
    }
}
