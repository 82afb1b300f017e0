using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Runs;

/// <summary>
/// <c>POST /api/runs/{id}/cancel</c> stops a running run and writes nothing; <c>DELETE /api/runs/{id}</c> forgets a run
/// and removes its directory.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RunCancelAndDeleteTests(CapacityApiFactory api)
{
    [Fact]
    public async Task Cancelling_a_running_run_makes_it_cancelled_and_leaves_no_directory()
    {
        using var client = api.Authorized();
        var id = await ApiRuns.StartAsync(client, ApiRuns.LongQuickMini());
        await ApiRuns.WaitUntilRunningAsync(client, id);

        using var response = await client.PostAsync($"/api/runs/{id}/cancel", null);

        var answer = await ApiJson.ReadAsync(response, HttpStatusCode.Accepted, "cancel");
        Assert.Equal(id, answer.GetProperty("id").GetString());
        var run = await ApiRuns.WaitForStatusAsync(client, id, "cancelled");
        Assert.True(run.GetProperty("daysDone").GetInt32() < ApiRuns.LongDays, $"the run finished before the cancel: {run}");
        Assert.Equal(JsonValueKind.String, run.GetProperty("finishedAt").ValueKind);
        await AssertNothingOnDiskAsync(id);
        using var again = await client.PostAsync($"/api/runs/{id}/cancel", null);
        await ApiJson.ProblemAsync(again, HttpStatusCode.Conflict, "cancel a cancelled run");
    }

    [Fact]
    public async Task Deleting_a_run_twice_at_once_deletes_it_once_and_never_fails()
    {
        var id = await api.RunToCompletionAsync(ApiRuns.QuickMini(seed: 22));
        using var first = api.Authorized();
        using var second = api.Authorized();

        var answers = await Task.WhenAll(first.DeleteAsync($"/api/runs/{id}"), second.DeleteAsync($"/api/runs/{id}"));

        var codes = answers.Select(a => a.StatusCode).Order().ToArray();
        foreach (var answer in answers)
        {
            answer.Dispose();
        }

        Assert.Contains(HttpStatusCode.NoContent, codes);
        Assert.All(codes, c => Assert.True(c is HttpStatusCode.NoContent or HttpStatusCode.NotFound, $"got {(int)c}"));
        Assert.False(Directory.Exists(api.RunDirectory(id)));
    }

    [Fact]
    public async Task Cancelling_and_deleting_a_running_run_at_once_never_fails()
    {
        using var client = api.Authorized();
        var id = await ApiRuns.StartAsync(client, ApiRuns.LongQuickMini());
        await ApiRuns.WaitUntilRunningAsync(client, id);
        using var other = api.Authorized();

        var answers = await Task.WhenAll(client.PostAsync($"/api/runs/{id}/cancel", null), other.DeleteAsync($"/api/runs/{id}"));

        var codes = answers.Select(a => a.StatusCode).ToArray();
        foreach (var answer in answers)
        {
            answer.Dispose();
        }

        Assert.True(codes[0] is HttpStatusCode.Accepted or HttpStatusCode.Conflict or HttpStatusCode.NotFound, $"cancel got {(int)codes[0]}");
        Assert.Equal(HttpStatusCode.NoContent, codes[1]);
        await ApiJson.GetProblemAsync(client, $"/api/runs/{id}", HttpStatusCode.NotFound);
        await AssertNothingOnDiskAsync(id);
    }

    [Fact]
    public async Task Cancelling_a_running_ensemble_leaves_no_directory()
    {
        using var client = api.Authorized();
        var id = await ApiRuns.StartAsync(client, new { scenario = "quick-mini", days = ApiRuns.LongDays, replicas = 2 });
        await ApiRuns.WaitUntilRunningAsync(client, id);

        using var response = await client.PostAsync($"/api/runs/{id}/cancel", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await ApiRuns.WaitForStatusAsync(client, id, "cancelled");
        await AssertNothingOnDiskAsync(id);
    }

    [Fact]
    public async Task Cancelling_a_finished_run_is_409()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Authorized();

        using var response = await client.PostAsync($"/api/runs/{id}/cancel", null);

        await ApiJson.ProblemAsync(response, HttpStatusCode.Conflict, "cancel a completed run");
        Assert.True(Directory.Exists(api.RunDirectory(id)), "cancel of a completed run removed its directory");
    }

    [Fact]
    public async Task Cancelling_an_unknown_run_is_404()
    {
        using var client = api.Authorized();

        using var response = await client.PostAsync("/api/runs/no-such-run/cancel", null);

        await ApiJson.ProblemAsync(response, HttpStatusCode.NotFound, "cancel an unknown run");
    }

    [Fact]
    public async Task Deleting_a_completed_run_is_204_then_the_run_is_404_and_its_directory_gone()
    {
        using var client = api.Authorized();
        var id = await api.RunToCompletionAsync(ApiRuns.QuickMini(seed: 21));
        Assert.True(Directory.Exists(api.RunDirectory(id)), $"no run directory at {api.RunDirectory(id)}");

        using var response = await client.DeleteAsync($"/api/runs/{id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await ApiJson.GetProblemAsync(client, $"/api/runs/{id}", HttpStatusCode.NotFound);
        Assert.False(Directory.Exists(api.RunDirectory(id)), "the run directory is still there");
        var list = await ApiJson.GetAsync(client, "/api/runs");
        Assert.DoesNotContain(id, list.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        using var again = await client.DeleteAsync($"/api/runs/{id}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Deleting_a_running_run_cancels_it_and_leaves_no_directory()
    {
        using var client = api.Authorized();
        var id = await ApiRuns.StartAsync(client, ApiRuns.LongQuickMini());
        await ApiRuns.WaitUntilRunningAsync(client, id);

        using var response = await client.DeleteAsync($"/api/runs/{id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await ApiJson.GetProblemAsync(client, $"/api/runs/{id}", HttpStatusCode.NotFound);
        await AssertNothingOnDiskAsync(id);
    }

    /// <summary>No entry of the runs directory names the run (its directory, or the recorder's hidden temp sibling), once the cancellation has unwound.</summary>
    private async Task AssertNothingOnDiskAsync(string id)
    {
        var clock = Stopwatch.StartNew();
        string[] left;
        do
        {
            left = [.. Directory.GetFileSystemEntries(api.RunsDirectory).Where(e => Path.GetFileName(e).Contains(id, StringComparison.Ordinal))];
            if (left.Length == 0)
            {
                return;
            }

            await Task.Delay(100);
        }
        while (clock.Elapsed < TimeSpan.FromSeconds(10));

        Assert.Fail($"the cancelled run left {string.Join(", ", left)}");
    }
}
