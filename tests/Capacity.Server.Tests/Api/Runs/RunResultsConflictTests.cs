using System.Net;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Runs;

/// <summary>The results of a run that has not completed are a 409 conflict.</summary>
[Collection(ApiCollection.Name)]
public sealed class RunResultsConflictTests(CapacityApiFactory api)
{
    [Fact]
    public async Task The_results_of_a_running_run_are_409()
    {
        using var client = api.Authorized();
        var id = await ApiRuns.StartAsync(client, ApiRuns.LongQuickMini());
        await ApiRuns.WaitUntilRunningAsync(client, id);

        try
        {
            foreach (var result in new[] { "kpis", "series/national", "stock", "stock-outs", "shipments", "map", "events", "files" })
            {
                await ApiJson.GetProblemAsync(client, $"/api/runs/{id}/{result}", HttpStatusCode.Conflict);
            }

            await ApiJson.GetProblemAsync(client, $"/api/compare?a={id}&b={id}", HttpStatusCode.Conflict);
        }
        finally
        {
            using var cancel = await client.PostAsync($"/api/runs/{id}/cancel", null);
        }

        var run = await ApiRuns.WaitForStatusAsync(client, id, "cancelled");
        Assert.True(run.GetProperty("daysDone").GetInt32() < ApiRuns.LongDays, "the long run finished while the results were asked for");
    }

    [Fact]
    public async Task The_results_of_a_cancelled_run_are_409()
    {
        using var client = api.Authorized();
        var id = await ApiRuns.StartAsync(client, ApiRuns.LongQuickMini());
        await ApiRuns.WaitUntilRunningAsync(client, id);
        using var cancel = await client.PostAsync($"/api/runs/{id}/cancel", null);
        await ApiRuns.WaitForStatusAsync(client, id, "cancelled");

        await ApiJson.GetProblemAsync(client, $"/api/runs/{id}/kpis", HttpStatusCode.Conflict);
    }
}
