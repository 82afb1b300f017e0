using Capacity.Cluster.Tests.Support;
using Capacity.Domain.Simulation;
using Capacity.Grains;
using Capacity.Grains.Checkpoints;
using Capacity.Grains.Tests.Support;
using Capacity.Results;
using Capacity.Scenarios;

namespace Capacity.Cluster.Tests.Cluster;

/// <summary>
/// A run on three silo processes survives the loss of one (SIGKILL) and a PostgreSQL restart: it recovers from the last
/// checkpoint, replays, and writes the bytes of a run that never failed, or it fails with a clear error. Never a silently
/// wrong result.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class CrashRecoveryTests(PrivatePostgres postgres) : IDisposable
{
    private const int Days = 35;
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("capacity-crash-");

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    [InlineData(26)]
    public async Task Killing_the_busiest_silo_mid_run_still_writes_the_uninterrupted_runs_bytes(int killDay)
    {
        var loaded = National();
        await using var cluster = await SiloCluster.StartAsync(await postgres.CreateDatabaseAsync(), 3, _work.FullName);
        var expected = await WriteInlineAsync(loaded, "expected");

        SiloProcess? killed = null;
        var engine = await OrleansEngine.StartAsync(cluster.Client.Grains, loaded.Scenario, $"kill-{killDay}", CheckpointSettings.Every(7));
        var actual = await WriteAsync(new InterruptedEngine(engine, killDay, async () => killed = await cluster.KillBusiestAsync()), loaded, "actual");

        Assert.True(killed is { HasExited: true }, "No silo was killed.");
        RunDirectories.AssertIdentical(expected, actual);
        var recovery = Assert.Single(engine.Recoveries);
        Assert.Equal(killDay, recovery.FailedDay);
        Assert.Equal(killDay / 7 * 7, recovery.ResumedFrom);
    }

    [Fact]
    public async Task A_postgres_restart_mid_run_pauses_the_run_which_then_completes_with_the_same_bytes()
    {
        var loaded = National();
        await using var server = await PrivatePostgres.StartNewAsync();
        await using var cluster = await SiloCluster.StartAsync(await server.CreateDatabaseAsync(), 3, _work.FullName);
        var expected = await WriteInlineAsync(loaded, "expected");

        // K = 1: the next day's checkpoint hits the stopped database.
        var engine = await OrleansEngine.StartAsync(cluster.Client.Grains, loaded.Scenario, "pg-restart", CheckpointSettings.Every(1));
        var actual = await WriteAsync(new InterruptedEngine(engine, 10, () => RestartAfterAsync(server, TimeSpan.FromSeconds(5))), loaded, "actual");

        RunDirectories.AssertIdentical(expected, actual);
        Assert.NotEmpty(engine.Recoveries);
        Assert.True(
            engine.Recoveries.Sum(r => r.Downtime.TotalSeconds) >= 4,
            $"The run was down {engine.Recoveries.Sum(r => r.Downtime.TotalSeconds):0.0} s while PostgreSQL was stopped for 5 s.");
    }

    [Fact]
    public async Task Postgres_down_longer_than_the_recovery_timeout_fails_the_run_with_the_error_and_writes_nothing()
    {
        var loaded = National();
        await using var server = await PrivatePostgres.StartNewAsync();
        await using var cluster = await SiloCluster.StartAsync(await server.CreateDatabaseAsync(), 3, _work.FullName);

        var engine = await OrleansEngine.StartAsync(cluster.Client.Grains, loaded.Scenario, "pg-down", new CheckpointSettings(1, TimeSpan.FromSeconds(8)));
        var failure = await Assert.ThrowsAsync<RunRecoveryFailedException>(
            () => WriteAsync(new InterruptedEngine(engine, 10, server.StopAsync), loaded, "actual"));

        Assert.Contains("day 10", failure.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_work.FullName, "actual")), "A failed run left a run directory behind.");
        await server.StartAsync();
    }

    public void Dispose() => _work.Delete(recursive: true);

    private static LoadedScenario National() =>
        ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", "national-2020.yaml"), [new ScenarioOverride("days", $"{Days}")]);

    private static async Task RestartAfterAsync(PrivatePostgres server, TimeSpan downtime)
    {
        await server.StopAsync();
        // Restarted in the background: the run's next calls fail and retry while the database is away.
        _ = Task.Run(async () =>
        {
            await Task.Delay(downtime);
            await server.StartAsync();
        });
    }

    private Task<string> WriteInlineAsync(LoadedScenario loaded, string name) => WriteAsync(new InlineSimulator(loaded.Scenario), loaded, name);

    private async Task<string> WriteAsync(ISimulationEngine engine, LoadedScenario loaded, string name)
    {
        var directory = Path.Combine(_work.FullName, name);
        await using (engine)
        {
            await RunExecutor.ExecuteAsync(
                engine, 3, loaded.Scenario, new ScenarioProvenance(loaded.SourcePath, loaded.EffectiveYaml, loaded.Sha256), directory);
        }

        return directory;
    }
}
