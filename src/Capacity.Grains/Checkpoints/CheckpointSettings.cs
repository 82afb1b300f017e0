namespace Capacity.Grains.Checkpoints;

/// <summary>How often a run checkpoints its grains and how long it keeps trying to recover from a failure.</summary>
/// <param name="EveryDays">
/// Days between checkpoints (0 = never: a failure then ends the run). A checkpoint is taken before day 0 and then
/// before every day that is a multiple of <paramref name="EveryDays"/>.
/// </param>
/// <param name="RecoveryTimeout">
/// How long the run retries after a failure (a silo lost, storage unreachable) before it gives up with the error.
/// </param>
public sealed record CheckpointSettings(int EveryDays, TimeSpan RecoveryTimeout)
{
    /// <summary>No checkpoints: the embedded silo's default, where a failure loses the process anyway.</summary>
    public static CheckpointSettings Off { get; } = new(0, TimeSpan.Zero);

    /// <summary>A checkpoint every <paramref name="everyDays"/> days and two minutes to recover.</summary>
    public static CheckpointSettings Every(int everyDays) => new(everyDays, TimeSpan.FromMinutes(2));

    /// <summary>Whether checkpoints are taken at all.</summary>
    public bool Enabled => EveryDays > 0;
}
