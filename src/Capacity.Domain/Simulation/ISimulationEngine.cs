namespace Capacity.Domain.Simulation;

/// <summary>
/// Something that advances a scenario one tick at a time: the InlineSimulator or the grain engine.
/// Implementations must return equal <see cref="DayResult"/>s for the same scenario and seed.
/// </summary>
public interface ISimulationEngine : IAsyncDisposable
{
    /// <summary>Short engine name for manifests and benchmarks (<c>inline</c>, <c>orleans</c>).</summary>
    string Name { get; }

    /// <summary>Runs tick <paramref name="day"/> (0-based, consecutive from 0) and returns its result.</summary>
    ValueTask<DayResult> StepAsync(int day, CancellationToken cancellationToken = default);
}
