using Capacity.Domain.Simulation;

namespace Capacity.Server.Runs;

/// <summary>
/// An engine that shows every day it steps to an observer: how an ensemble's first replica feeds the live view while
/// <c>EnsembleRunner</c> runs it like any other replica (the results code needs no progress hook of its own).
/// </summary>
internal sealed class ObservedEngine(ISimulationEngine inner, Action<DayResult> onDay) : ISimulationEngine
{
    public string Name => inner.Name;

    public async ValueTask<DayResult> StepAsync(int day, CancellationToken cancellationToken = default)
    {
        var result = await inner.StepAsync(day, cancellationToken);
        onDay(result);
        return result;
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
