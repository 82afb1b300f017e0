namespace Capacity.Grains.Checkpoints;

/// <summary>
/// Checkpoint storage could not be read or written (the database is down, a row is missing). A run with checkpoints
/// treats it as a failure to recover from, within its recovery timeout.
/// </summary>
[GenerateSerializer, Alias("capacity.CheckpointUnavailableException")]
public sealed class CheckpointUnavailableException : Exception
{
    /// <summary>A failure described by <paramref name="message"/>.</summary>
    public CheckpointUnavailableException(string message)
        : base(message)
    {
    }
}
