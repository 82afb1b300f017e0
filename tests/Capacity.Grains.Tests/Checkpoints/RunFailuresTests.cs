using Capacity.Grains.Checkpoints;
using Orleans.Runtime;

namespace Capacity.Grains.Tests.Checkpoints;

public sealed class RunFailuresTests
{
    [Fact]
    public void A_lost_silo_lost_state_storage_outage_or_timeout_is_recovered_from()
    {
        Assert.True(RunFailures.IsRecoverable(new SiloUnavailableException("silo S1 is dead")));
        Assert.True(RunFailures.IsRecoverable(new GrainStateLostException("reactivated")));
        Assert.True(RunFailures.IsRecoverable(new CheckpointUnavailableException("database down")));
        Assert.True(RunFailures.IsRecoverable(new TimeoutException("response timed out")));
    }

    [Fact]
    public void A_model_error_ends_the_run_since_a_replay_would_fail_the_same_way()
    {
        Assert.False(RunFailures.IsRecoverable(new InvalidOperationException("expected day 3, got 4")));
        Assert.False(RunFailures.IsRecoverable(new ArgumentOutOfRangeException("beds")));
        Assert.False(RunFailures.IsRecoverable(new AggregateException(new SiloUnavailableException(), new InvalidOperationException())));
    }
}
