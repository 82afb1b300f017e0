using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Capacity.Server.Tests.Api.Support;

/// <summary>Starting runs through <c>POST /api/runs</c> and waiting for them by polling <c>GET /api/runs/{id}</c>.</summary>
public static class ApiRuns
{
    /// <summary>Days of the quick runs: short enough to take about a second.</summary>
    public const int QuickDays = 15;

    /// <summary>Days of a run long enough to still be running while a test looks at it (within MaxDays).</summary>
    public const int LongDays = 1000;

    /// <summary>How long a run may take to reach the awaited state.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly string[] Terminal = ["completed", "failed", "cancelled"];

    /// <summary>A quick-mini run of <see cref="QuickDays"/> days.</summary>
    public static object QuickMini(long? seed = null) =>
        seed is null ? new { scenario = "quick-mini", days = QuickDays } : new { scenario = "quick-mini", days = QuickDays, seed };

    /// <summary>A quick-mini run of <see cref="LongDays"/> days.</summary>
    public static object LongQuickMini() => new { scenario = "quick-mini", days = LongDays };

    /// <summary>POSTs <paramref name="request"/>, asserts 202 with a Location naming the new run, and returns its id.</summary>
    public static async Task<string> StartAsync(HttpClient client, object request)
    {
        using var response = await client.PostAsJsonAsync("/api/runs", request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST /api/runs: expected 202, got {(int)response.StatusCode}: {body}");
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString();
        Assert.False(string.IsNullOrEmpty(id), $"POST /api/runs returned no id: {body}");
        var location = response.Headers.Location;
        Assert.NotNull(location);
        Assert.Equal($"/api/runs/{id}", location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString);
        return id;
    }

    /// <summary>Polls the run until its status is <paramref name="status"/>; fails on another terminal status or after <see cref="Timeout"/>, with the last status.</summary>
    public static Task<JsonElement> WaitForStatusAsync(HttpClient client, string id, string status) =>
        WaitAsync(client, id, run => run.GetProperty("status").GetString() == status, $"status {status}");

    /// <summary>Polls the run until it has started (running, or already past it).</summary>
    public static Task<JsonElement> WaitUntilRunningAsync(HttpClient client, string id) =>
        WaitAsync(client, id, run => run.GetProperty("status").GetString() != "queued", "status running");

    /// <summary>Polls the run until <paramref name="done"/> holds for its status; fails if it ends first or after <see cref="Timeout"/>.</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient client, string id, Func<JsonElement, bool> done, string awaited)
    {
        var clock = Stopwatch.StartNew();
        var last = "(no answer)";
        while (clock.Elapsed < Timeout)
        {
            using var response = await client.GetAsync($"/api/runs/{id}");
            last = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /api/runs/{id}: expected 200, got {(int)response.StatusCode}: {last}");
            var run = JsonDocument.Parse(last).RootElement.Clone();
            if (done(run))
            {
                return run;
            }

            if (Terminal.Contains(run.GetProperty("status").GetString()))
            {
                Assert.Fail($"Run {id} ended before {awaited}: {last}");
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Run {id} did not reach {awaited} within {Timeout.TotalSeconds} s; last status: {last}");
        return default;
    }
}
