using Capacity.Domain.Simulation;

namespace Capacity.Grains.Contracts;

/// <summary>
/// One run (key: run id). Drives the ticks: each day is a care phase (fan-out to the OOADs, which fan out
/// to their hospitals) and a supply phase (fan-out to the warehouses), each awaited as a barrier.
/// </summary>
[Alias("capacity.ISimulationGrain")]
public interface ISimulationGrain : IGrainWithStringKey
{
    /// <summary>Lays out the scenario and opens every entity of the run at day 0.</summary>
    [Alias("Start")]
    Task Start(Scenario scenario);

    /// <summary>Runs day <paramref name="day"/> (consecutive from 0) and returns its result.</summary>
    [Alias("Step")]
    Task<DayResult> Step(int day);

    /// <summary>Releases every grain of the run.</summary>
    [Alias("Close")]
    Task Close();
}
