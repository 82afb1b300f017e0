using System.Net;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Determinism;

/// <summary>The same scenario and seed launched twice through the API give the same files, byte for byte.</summary>
[Collection(ApiCollection.Name)]
public sealed class ApiDeterminismTests(CapacityApiFactory api)
{
    [Fact]
    public async Task Two_runs_of_the_same_scenario_and_seed_download_byte_identical_national_tables()
    {
        var first = await api.RunToCompletionAsync(ApiRuns.QuickMini(seed: 51));
        var second = await api.RunToCompletionAsync(ApiRuns.QuickMini(seed: 51));
        using var client = api.Anonymous();

        var a = await DownloadAsync(client, first, "daily_national.csv");
        var b = await DownloadAsync(client, second, "daily_national.csv");

        Assert.NotEqual(first, second);
        Assert.NotEmpty(a);
        Assert.Equal(a, b);
    }

    [Fact]
    public async Task Two_runs_of_the_same_scenario_and_seed_write_identical_run_directories()
    {
        var first = await api.RunToCompletionAsync(ApiRuns.QuickMini(seed: 52));
        var second = await api.RunToCompletionAsync(ApiRuns.QuickMini(seed: 52));

        RunDirectories.AssertIdentical(api.RunDirectory(first), api.RunDirectory(second));
    }

    [Fact]
    public async Task A_different_seed_gives_a_different_national_table()
    {
        var first = await api.RunToCompletionAsync(ApiRuns.QuickMini(seed: 53));
        var second = await api.RunToCompletionAsync(ApiRuns.QuickMini(seed: 54));
        using var client = api.Anonymous();

        Assert.NotEqual(await DownloadAsync(client, first, "daily_national.csv"), await DownloadAsync(client, second, "daily_national.csv"));
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, string id, string path)
    {
        using var response = await client.GetAsync($"/api/runs/{id}/files/{path}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
