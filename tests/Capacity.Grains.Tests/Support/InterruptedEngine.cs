using Capacity.Domain.Simulation;

namespace Capacity.Grains.Tests.Support;

/// <summary>An engine that does something to the cluster just before one day (takes grains or a silo away).</summary>
public sealed class InterruptedEngine(ISimulationEngine inner, int beforeDay, Func<Task> interrupt) : ISimulationEngine
{
    /// <inheritdoc />
    public string Name => inner.Name;

    /// <inheritdoc />
    public async ValueTask<DayResult> StepAsync(int day, CancellationToken cancellationToken = default)
    {
        if (day == beforeDay)
        {
            await interrupt();
        }

        return await inner.StepAsync(day, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
