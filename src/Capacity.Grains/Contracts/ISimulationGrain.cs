using Capacity.Domain.Simulation;

namespace Capacity.Grains.Contracts;

/// <summary>
/// One run (key: run id). Drives the ticks: each day is a care phase (fan-out to the OOADs, which fan out
/// to their hospitals) and a supply phase (fan-out to the warehouses), each awaited as a barrier.
/// </summary>
[Alias("capacity.ISimulationGrain")]
public interface ISimulationGrain : IGrainWithStringKey
{
    /// <summary>
    /// Lays out the scenario and opens every entity of the run at day 0; with <paramref name="checkpointEveryDays"/>
    /// above 0, keeps the scenario and checkpoints day 0 and every multiple of it.
    /// </summary>
    [Alias("Start")]
    Task Start(Scenario scenario, int checkpointEveryDays);

    /// <summary>Runs day <paramref name="day"/> (consecutive from 0) and returns its result.</summary>
    [Alias("Step")]
    Task<DayResult> Step(int day);

    /// <summary>
    /// Restores the run and every grain of it from the last complete checkpoint, wherever they are now activated, and
    /// returns the day the run resumes at (the next <see cref="Step"/>).
    /// </summary>
    [Alias("Recover")]
    Task<int> Recover();

    /// <summary>Releases every grain of the run (and deletes its checkpoints).</summary>
    [Alias("Close")]
    Task Close();
}
