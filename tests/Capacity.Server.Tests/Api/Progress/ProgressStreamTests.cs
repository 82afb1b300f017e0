using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Progress;

/// <summary><c>GET /api/runs/{id}/progress</c> streams server-sent events: progress on every change, then <c>end</c> with the final status.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProgressStreamTests(CapacityApiFactory api)
{
    [Fact]
    public async Task The_progress_stream_of_a_run_ends_with_an_end_event_carrying_the_completed_status()
    {
        using var client = api.Authorized();
        var id = await ApiRuns.StartAsync(client, ApiRuns.QuickMini(seed: 41));

        var events = await ReadStreamAsync(client, id);

        Assert.True(events.Count >= 2, $"expected progress events and an end: {Describe(events)}");
        Assert.Equal("end", events[^1].Name);
        Assert.All(events.SkipLast(1), e => Assert.Equal("progress", e.Name));
        var end = JsonDocument.Parse(events[^1].Data).RootElement;
        Assert.Equal(id, end.GetProperty("id").GetString());
        Assert.Equal("completed", end.GetProperty("status").GetString());
        Assert.Equal(ApiRuns.QuickDays, end.GetProperty("daysDone").GetInt32());
        var statuses = events.Select(e => JsonDocument.Parse(e.Data).RootElement).ToArray();
        var done = statuses.Select(p => p.GetProperty("daysDone").GetInt32()).ToArray();
        Assert.Equal(done.Order(), done);
    }

    [Fact]
    public async Task The_histories_of_the_events_together_hold_every_day_once_in_order()
    {
        using var client = api.Authorized();
        var id = await ApiRuns.StartAsync(client, ApiRuns.QuickMini(seed: 42));

        var events = await ReadStreamAsync(client, id);

        // The backend sends in each event the days recorded since the previous one (the contract said "without
        // history"), so a throttled stream still draws every day.
        var days = events
            .Select(e => JsonDocument.Parse(e.Data).RootElement)
            .SelectMany(s => s.TryGetProperty("history", out var h) && h.ValueKind == JsonValueKind.Array ? h.EnumerateArray().ToArray() : [])
            .Select(h => h.GetProperty("day").GetInt32());
        Assert.Equal(Enumerable.Range(0, ApiRuns.QuickDays), days);
        var run = await ApiJson.GetAsync(client, $"/api/runs/{id}");
        Assert.Equal(
            run.GetProperty("history").EnumerateArray().Select(h => h.GetRawText()),
            events.Select(e => JsonDocument.Parse(e.Data).RootElement)
                .SelectMany(s => s.TryGetProperty("history", out var h) && h.ValueKind == JsonValueKind.Array ? h.EnumerateArray().ToArray() : [])
                .Select(h => h.GetRawText()));
    }

    [Fact]
    public async Task The_progress_stream_of_a_finished_run_is_just_the_end_event()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var events = await ReadStreamAsync(client, id);

        Assert.Equal("end", events[^1].Name);
        Assert.Equal("completed", JsonDocument.Parse(events[^1].Data).RootElement.GetProperty("status").GetString());
        Assert.True(events.Count <= 2, $"a finished run should end at once: {Describe(events)}");
    }

    [Fact]
    public async Task The_progress_stream_of_a_cancelled_run_ends_with_the_cancelled_status()
    {
        using var client = api.Authorized();
        var id = await ApiRuns.StartAsync(client, ApiRuns.LongQuickMini());
        await ApiRuns.WaitUntilRunningAsync(client, id);
        var reading = await FollowAsync(client, id);

        using var cancel = await client.PostAsync($"/api/runs/{id}/cancel", null);

        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        var events = await reading;
        Assert.Equal("end", events[^1].Name);
        Assert.Equal("cancelled", JsonDocument.Parse(events[^1].Data).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Deleting_a_followed_run_ends_its_progress_stream_with_an_end_event()
    {
        using var client = api.Authorized();
        var id = await ApiRuns.StartAsync(client, ApiRuns.LongQuickMini());
        await ApiRuns.WaitUntilRunningAsync(client, id);
        var reading = await FollowAsync(client, id);

        using var delete = await client.DeleteAsync($"/api/runs/{id}");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        var events = await reading;
        Assert.Equal("end", events[^1].Name);
        Assert.Equal("cancelled", JsonDocument.Parse(events[^1].Data).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_progress_stream_of_an_unknown_run_is_404()
    {
        using var client = api.Anonymous();

        await ApiJson.GetProblemAsync(client, "/api/runs/no-such-run/progress", HttpStatusCode.NotFound);
    }

    /// <summary>
    /// Starts reading the stream and returns once its first event has arrived (or the read has ended), so a cancel or
    /// delete sent next finds the stream already following the run: sent earlier, it could remove the run before the
    /// stream request reached the server, which then answers 404.
    /// </summary>
    private static async Task<Task<List<(string Name, string Data)>>> FollowAsync(HttpClient client, string id)
    {
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = ReadStreamAsync(client, id, first);
        await Task.WhenAny(first.Task, reading);
        return reading;
    }

    /// <summary>Reads the whole stream (the server closes it after <c>end</c>), as (event, data) pairs.</summary>
    private static async Task<List<(string Name, string Data)>> ReadStreamAsync(HttpClient client, string id, TaskCompletionSource? first = null)
    {
        using var timeout = new CancellationTokenSource(ApiRuns.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/runs/{id}/progress");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var events = new List<(string, string)>();
        string? name = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null || data.Length > 0)
                {
                    events.Add((name ?? "message", data.ToString()));
                    first?.TrySetResult();
                }

                name = null;
                data.Clear();
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(data.Length > 0 ? "\n" : "").Append(line["data:".Length..].TrimStart());
            }
        }

        if (name is not null || data.Length > 0)
        {
            events.Add((name ?? "message", data.ToString()));
        }

        Assert.NotEmpty(events);
        return events;
    }

    private static string Describe(List<(string Name, string Data)> events) =>
        string.Join(" | ", events.Select(e => $"{e.Name}: {e.Data}"));
}
