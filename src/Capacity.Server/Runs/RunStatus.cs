namespace Capacity.Server.Runs;

/// <summary>
/// A run as the API shows it. <see cref="History"/> (the live chart's days) is only sent where asked for: the single-run
/// GET and the progress stream's first event.
/// </summary>
public sealed record RunStatus(
    string Id,
    string Scenario,
    long Seed,
    int Days,
    int Replicas,
    RunState Status,
    int DaysDone,
    double Progress,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    NationalPoint? Latest,
    IReadOnlyList<NationalPoint>? History = null)
{
    /// <summary>True once nothing will change any more (the status says so; not sent).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsFinished => Status is RunState.Completed or RunState.Failed or RunState.Cancelled;
}
