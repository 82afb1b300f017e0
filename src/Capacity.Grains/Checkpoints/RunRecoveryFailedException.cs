namespace Capacity.Grains.Checkpoints;

/// <summary>A checkpointed run kept failing for longer than its recovery timeout; the inner exception is the last failure.</summary>
public sealed class RunRecoveryFailedException : Exception
{
    /// <summary>A run that gave up with <paramref name="message"/> after <paramref name="lastFailure"/>.</summary>
    public RunRecoveryFailedException(string message, Exception lastFailure)
        : base(message, lastFailure)
    {
    }
}
