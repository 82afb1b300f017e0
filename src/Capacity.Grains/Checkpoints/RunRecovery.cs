namespace Capacity.Grains.Checkpoints;

/// <summary>A failure a run recovered from.</summary>
/// <param name="FailedDay">The day that failed.</param>
/// <param name="ResumedFrom">The checkpoint day the run went back to (and replayed from).</param>
/// <param name="Cause">What failed, as the first error reported it.</param>
/// <param name="Downtime">From the failure to the run being back at <paramref name="FailedDay"/>.</param>
public sealed record RunRecovery(int FailedDay, int ResumedFrom, string Cause, TimeSpan Downtime);
