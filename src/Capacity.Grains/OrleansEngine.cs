using Capacity.Domain.Simulation;
using Capacity.Grains.Contracts;

namespace Capacity.Grains;

/// <summary>Runs a scenario on an Orleans cluster through its <see cref="ISimulationGrain"/>.</summary>
public sealed class OrleansEngine : ISimulationEngine
{
    private readonly ISimulationGrain _simulation;

    private OrleansEngine(ISimulationGrain simulation, string runId)
    {
        _simulation = simulation;
        RunId = runId;
    }

    /// <inheritdoc />
    public string Name => "orleans";

    /// <summary>The run id that namespaces every grain of this run.</summary>
    public string RunId { get; }

    /// <summary>Starts a run of <paramref name="scenario"/> under <paramref name="runId"/>.</summary>
    public static async Task<OrleansEngine> StartAsync(IGrainFactory grains, Scenario scenario, string runId)
    {
        var simulation = grains.GetGrain<ISimulationGrain>(runId);
        await simulation.Start(scenario);
        return new OrleansEngine(simulation, runId);
    }

    /// <inheritdoc />
    public async ValueTask<DayResult> StepAsync(int day, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await _simulation.Step(day).WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _simulation.Close();
}
