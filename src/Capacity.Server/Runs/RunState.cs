namespace Capacity.Server.Runs;

/// <summary>Where a run is in its life. Only <see cref="Completed"/> runs have results; the others leave no directory.</summary>
public enum RunState
{
    Queued,
    Running,
    Completed,
    Failed,
    Cancelled,
}
