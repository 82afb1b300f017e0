using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Capacity.Server.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Capacity.Server.Api;

/// <summary><c>/api/runs</c>: start, list, follow (server-sent events), cancel and delete runs.</summary>
public static class RunEndpoints
{
    /// <summary>Progress events are sent at most this often; a national year makes ~365 changes in a few seconds.</summary>
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

    public static void MapRunEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/runs").WithTags("Runs").AddEndpointFilter<ApiProblemFilter>();
        group.MapPost("/", (RunRequest request, RunRegistry runs) =>
            {
                var status = runs.Start(request);
                return TypedResults.Accepted($"/api/runs/{status.Id}", status);
            })
            .RequireAuthorization()
            .WithSummary("Starts a run of a catalogue scenario or uploaded YAML (API key). replicas > 1 runs an ensemble.");
        group.MapGet("/", (RunRegistry runs) => runs.List()).WithSummary("Every run, newest first.");
        group.MapGet("/{id}", (string id, RunRegistry runs) => runs.Get(id)).WithSummary("A run's status and its national census so far.");
        group.MapPost("/{id}/cancel", async (string id, RunRegistry runs) => TypedResults.Accepted($"/api/runs/{id}", await runs.CancelAsync(id)))
            .RequireAuthorization()
            .WithSummary("Cancels a queued or running run; nothing of it is written (API key).");
        group.MapDelete("/{id}", async (string id, RunRegistry runs) =>
            {
                await runs.DeleteAsync(id);
                return TypedResults.NoContent();
            })
            .RequireAuthorization()
            .WithSummary("Cancels the run if active and deletes it and its files (API key).");
        group.MapGet("/{id}/progress", (string id, RunRegistry runs, CancellationToken cancellationToken) =>
            {
                var run = runs.Follow(id);
                return TypedResults.ServerSentEvents(Progress(run, cancellationToken));
            })
            .WithSummary("Live progress as server-sent events: 'progress' on every change (the first with the history so far), then 'end'; each event's history holds the days since the previous event.");
    }

    private static async IAsyncEnumerable<SseItem<RunStatus>> Progress(RunRecord run, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Each event carries the days recorded since the previous one, so a throttled stream still draws every day.
        // The stream holds the run itself, not its id: a run deleted while followed still ends with its last status.
        var sent = 0;
        var status = run.Snapshot(historyFrom: sent);
        while (!status.IsFinished)
        {
            sent += status.History!.Count;
            yield return new SseItem<RunStatus>(status, "progress");
            await Task.Delay(ProgressInterval, cancellationToken);
            await run.WaitForChangeAsync(cancellationToken);
            status = run.Snapshot(historyFrom: sent);
        }

        yield return new SseItem<RunStatus>(status, "end");
    }
}
