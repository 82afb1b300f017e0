namespace Capacity.Grains.Checkpoints;

/// <summary>
/// A grain of a run was called without its state: it was reactivated (its silo died, or it was collected) since the
/// run opened it. With checkpoints the run restores every grain from the last checkpoint; without, the run fails.
/// </summary>
[GenerateSerializer, Alias("capacity.GrainStateLostException")]
public sealed class GrainStateLostException : Exception
{
    /// <summary>The grain described by <paramref name="message"/> has lost its state.</summary>
    public GrainStateLostException(string message)
        : base(message)
    {
    }
}
