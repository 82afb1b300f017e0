using Capacity.Domain.Simulation;
using Capacity.Grains.Checkpoints;
using Capacity.Grains.Tests.Support;
using Orleans.Runtime;

namespace Capacity.Grains.Tests.Checkpoints;

/// <summary>
/// A checkpointed run that loses grains or a silo mid-run goes back to its last checkpoint, replays and writes the same
/// bytes as a clean run; without checkpoints, or when storage stays down, it fails with a clear error.
/// </summary>
public sealed class CheckpointRecoveryTests(RecoveryClusterFixture fixture) : IClassFixture<RecoveryClusterFixture>
{
    private static readonly CheckpointSettings Weekly = new(7, TimeSpan.FromSeconds(60));

    [Fact]
    public async Task A_run_whose_grains_all_lose_their_state_mid_run_resumes_from_its_checkpoint_and_writes_the_same_files()
    {
        // National 2020 with transfers, staffing and the ventilator fleet: every kind of state the run carries.
        var loaded = TestRuns.Load("national-2020.yaml", "days=24", "outputs.formats=[csv]", "ventilators.enabled=true");
        var clean = await TestRuns.WriteAsync(new InlineSimulator(loaded.Scenario), loaded, 0);

        await using var engine = await OrleansEngine.StartAsync(fixture.Cluster.Client, loaded.Scenario, TestRuns.NewRunId("lost-state"), Weekly);
        var recovered = await TestRuns.WriteAsync(new InterruptedEngine(engine, 17, DeactivateEveryGrainAsync), loaded, 3);

        RunDirectories.AssertIdentical(clean, recovered);
        var recovery = Assert.Single(engine.Recoveries);
        Assert.Equal((17, 14), (recovery.FailedDay, recovery.ResumedFrom));
    }

    [Fact]
    public async Task A_run_that_loses_a_silo_mid_run_resumes_on_the_others_and_writes_the_same_files()
    {
        var loaded = TestRuns.Load("quick-mini.yaml", "outputs.formats=[csv]");
        var clean = await TestRuns.WriteAsync(new InlineSimulator(loaded.Scenario), loaded, 0);
        var doomed = fixture.Cluster.Silos[^1];

        await using var engine = await OrleansEngine.StartAsync(fixture.Cluster.Client, loaded.Scenario, TestRuns.NewRunId("lost-silo"), Weekly);
        var recovered = await TestRuns.WriteAsync(new InterruptedEngine(engine, 10, () => fixture.Cluster.KillSiloAsync(doomed)), loaded, 3);

        RunDirectories.AssertIdentical(clean, recovered);
        Assert.Contains(engine.Recoveries, r => r.ResumedFrom == 7);
        await fixture.Cluster.StartAdditionalSiloAsync();
    }

    [Fact]
    public async Task Checkpoint_storage_that_comes_back_within_the_timeout_costs_a_replay_not_a_result()
    {
        var loaded = TestRuns.Load("quick-mini.yaml", "outputs.formats=[csv]");
        var clean = await TestRuns.WriteAsync(new InlineSimulator(loaded.Scenario), loaded, 0);

        await using var engine = await OrleansEngine.StartAsync(fixture.Cluster.Client, loaded.Scenario, TestRuns.NewRunId("storage-blip"), Weekly);
        var recovered = await TestRuns.WriteAsync(
            new InterruptedEngine(engine, 14, () => { fixture.Storage.FailNext(25); return Task.CompletedTask; }), loaded, 3);

        RunDirectories.AssertIdentical(clean, recovered);
        Assert.NotEmpty(engine.Recoveries);
        Assert.Contains("Checkpoint", engine.Recoveries[0].Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkpoint_storage_that_stays_down_fails_the_run_with_the_storage_error_once_the_timeout_passes()
    {
        var loaded = TestRuns.Load("quick-mini.yaml", "outputs.formats=[csv]");
        await using var engine = await OrleansEngine.StartAsync(
            fixture.Cluster.Client, loaded.Scenario, TestRuns.NewRunId("storage-down"), new CheckpointSettings(7, TimeSpan.FromSeconds(2)));
        var failing = new InterruptedEngine(engine, 7, () => { fixture.Storage.FailNext(int.MaxValue); return Task.CompletedTask; });

        try
        {
            var error = await Assert.ThrowsAsync<RunRecoveryFailedException>(() => TestRuns.WriteAsync(failing, loaded, 3));
            Assert.Contains("could not recover", error.Message, StringComparison.Ordinal);
            Assert.Contains("Checkpoint storage is down", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            fixture.Storage.FailNext(0);
        }
    }

    [Fact]
    public async Task A_run_without_checkpoints_fails_when_its_grains_lose_their_state_instead_of_running_on_empty_ones()
    {
        var loaded = TestRuns.Load("quick-mini.yaml", "outputs.formats=[csv]");
        await using var engine = await OrleansEngine.StartAsync(fixture.Cluster.Client, loaded.Scenario, TestRuns.NewRunId("no-checkpoints"));

        var error = await Assert.ThrowsAsync<GrainStateLostException>(
            () => TestRuns.WriteAsync(new InterruptedEngine(engine, 5, DeactivateEveryGrainAsync), loaded, 3));

        Assert.Contains("no state", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finished_run_deletes_its_checkpoints()
    {
        var loaded = TestRuns.Load("quick-mini.yaml", "outputs.formats=[csv]");
        var runId = TestRuns.NewRunId("tidy");

        await using (var engine = await OrleansEngine.StartAsync(fixture.Cluster.Client, loaded.Scenario, runId, Weekly))
        {
            await TestRuns.WriteAsync(engine, loaded, 3);
            Assert.Contains(fixture.Storage.Keys, k => k.Contains(runId, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(fixture.Storage.Keys, k => k.Contains(runId, StringComparison.Ordinal));
    }

    // Idle activations of every silo go, as after a crash: the next call activates them afresh, with no state.
    private async Task DeactivateEveryGrainAsync()
    {
        var management = fixture.Cluster.Client.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
    }
}
