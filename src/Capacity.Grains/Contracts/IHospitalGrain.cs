using Capacity.Domain.Care;

namespace Capacity.Grains.Contracts;

/// <summary>A hospital of one run (key: <c>runId/hospitalId</c>).</summary>
[Alias("capacity.IHospitalGrain")]
public interface IHospitalGrain : IGrainWithStringKey
{
    /// <summary>Opens the hospital at day 0; replaces any earlier state of the same key.</summary>
    [Alias("Open")]
    Task Open(HospitalOpening opening);

    /// <summary>Runs the care phase of one day.</summary>
    [Alias("RunDay")]
    Task<HospitalDayOutcome> RunDay(HospitalDayInput input);

    /// <summary>Writes the hospital's state at the start of <paramref name="day"/> to checkpoint storage.</summary>
    [Alias("Checkpoint")]
    Task Checkpoint(int day);

    /// <summary>Reopens the hospital from its checkpoint of <paramref name="day"/> (after a failure).</summary>
    [Alias("Restore")]
    Task Restore(HospitalOpening opening, int day);

    /// <summary>Lets the grain go when its run is over, deleting its checkpoints when <paramref name="dropCheckpoints"/>.</summary>
    [Alias("Close")]
    Task Close(bool dropCheckpoints);
}
