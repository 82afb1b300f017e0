namespace Capacity.Grains.Checkpoints;

/// <summary>Which failures of a grain call a checkpointed run recovers from.</summary>
internal static class RunFailures
{
    /// <summary>
    /// A lost silo (rejected or timed-out calls, unreachable gateway), a grain reactivated without its state, or
    /// checkpoint storage out of reach: the cluster can get over these. Anything else (a model error, a serialization
    /// bug) would fail again the same way, so it ends the run at once.
    /// </summary>
    public static bool IsRecoverable(Exception failure) => failure switch
    {
        AggregateException all => all.InnerExceptions.Count > 0 && all.InnerExceptions.All(IsRecoverable),
        GrainStateLostException or CheckpointUnavailableException => true,
        TimeoutException => true,
        OrleansException => true,
        _ => false,
    };
}
