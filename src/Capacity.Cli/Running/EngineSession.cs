using Capacity.Cli.Hosting;
using Capacity.Domain.Simulation;
using Capacity.Grains;

namespace Capacity.Cli.Running;

/// <summary>An engine plus the embedded silo it brought up (if any), disposed together.</summary>
internal sealed class EngineSession : IAsyncDisposable
{
    private static int _runCounter;
    private readonly EmbeddedSilo? _ownedSilo;

    private EngineSession(ISimulationEngine engine, int silos, EmbeddedSilo? ownedSilo)
    {
        Engine = engine;
        Silos = silos;
        _ownedSilo = ownedSilo;
    }

    public ISimulationEngine Engine { get; }

    /// <summary>Silos taking part (0 for the inline kernel).</summary>
    public int Silos { get; }

    /// <summary>
    /// Starts an engine for a scenario. The Orleans engine runs on <paramref name="silo"/> when given (the
    /// caller keeps it), otherwise on a new embedded silo this session stops on dispose.
    /// </summary>
    public static async Task<EngineSession> StartAsync(EngineKind kind, Scenario scenario, CancellationToken cancellationToken, EmbeddedSilo? silo = null)
    {
        if (kind == EngineKind.Inline)
        {
            return new EngineSession(new InlineSimulator(scenario), 0, null);
        }

        var owned = silo is null ? await EmbeddedSilo.StartAsync(cancellationToken) : null;
        var runId = $"{scenario.Name}-{scenario.Seed}-{Environment.ProcessId}-{Interlocked.Increment(ref _runCounter)}";
        var engine = await OrleansEngine.StartAsync((silo ?? owned)!.Grains, scenario, runId);
        return new EngineSession(engine, 1, owned);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        if (_ownedSilo is not null)
        {
            await _ownedSilo.DisposeAsync();
        }
    }
}
