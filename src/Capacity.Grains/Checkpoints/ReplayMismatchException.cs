namespace Capacity.Grains.Checkpoints;

/// <summary>
/// A day replayed from a checkpoint came out different from its first run. The run stops rather than write results
/// that a clean run would not reproduce.
/// </summary>
public sealed class ReplayMismatchException : Exception
{
    /// <summary>A mismatch described by <paramref name="message"/>.</summary>
    public ReplayMismatchException(string message)
        : base(message)
    {
    }
}
