using Capacity.Cli.Hosting;
using Capacity.Domain.Simulation;
using Capacity.Grains;

namespace Capacity.Cli.Running;

/// <summary>An engine plus the embedded silo or cluster client it brought up (if any), disposed together.</summary>
internal sealed class EngineSession : IAsyncDisposable
{
    private static int _runCounter;
    private readonly ClusterConnection? _ownedConnection;

    private EngineSession(ISimulationEngine engine, int silos, ClusterConnection? ownedConnection)
    {
        Engine = engine;
        Silos = silos;
        _ownedConnection = ownedConnection;
    }

    public ISimulationEngine Engine { get; }

    /// <summary>Silos taking part (0 for the inline kernel).</summary>
    public int Silos { get; }

    /// <summary>
    /// Starts an engine for a scenario. The Orleans engine runs on <paramref name="connection"/> when given (the
    /// caller keeps it), otherwise on a new embedded silo this session stops on dispose.
    /// </summary>
    public static async Task<EngineSession> StartAsync(EngineKind kind, Scenario scenario, CancellationToken cancellationToken, ClusterConnection? connection = null)
    {
        if (kind == EngineKind.Inline)
        {
            return new EngineSession(new InlineSimulator(scenario), 0, null);
        }

        var owned = connection is null
            ? await ClusterConnection.OpenAsync(Capacity.Hosting.ClusterSettings.Embedded, null, cancellationToken)
            : null;
        var on = (connection ?? owned)!;
        try
        {
            // Unique across the processes of a cluster (grain keys are namespaced by it); the id never reaches the outputs.
            var runId = $"{scenario.Name}-{scenario.Seed}-{Environment.MachineName}-{Environment.ProcessId}-{Interlocked.Increment(ref _runCounter)}";
            var engine = await OrleansEngine.StartAsync(on.Grains, scenario, runId, on.Checkpoints, cancellationToken);
            engine.Recovered += recovery => Console.Error.WriteLine(RecoveryNotice.Describe(recovery));
            return new EngineSession(engine, await on.SilosAsync(), owned);
        }
        catch
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }

            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        if (_ownedConnection is not null)
        {
            await _ownedConnection.DisposeAsync();
        }
    }
}
