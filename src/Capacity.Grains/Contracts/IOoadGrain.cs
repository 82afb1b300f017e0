namespace Capacity.Grains.Contracts;

/// <summary>An OOAD of one run (key: <c>runId/ooadCode</c>): routes its patients and drives its hospitals.</summary>
[Alias("capacity.IOoadGrain")]
public interface IOoadGrain : IGrainWithStringKey
{
    /// <summary>Opens the OOAD and its hospitals at day 0.</summary>
    [Alias("Open")]
    Task Open(OoadOpening opening);

    /// <summary>Runs the care phase of one day for every hospital of the OOAD.</summary>
    [Alias("RunCare")]
    Task<OoadDayOutcome> RunCare(OoadCareDay day);

    /// <summary>Writes the OOAD's state and its hospitals' at the start of <paramref name="day"/> to checkpoint storage.</summary>
    [Alias("Checkpoint")]
    Task Checkpoint(int day);

    /// <summary>Reopens the OOAD and its hospitals from their checkpoints of <paramref name="day"/> (after a failure).</summary>
    [Alias("Restore")]
    Task Restore(OoadOpening opening, int day);

    /// <summary>Lets the OOAD and its hospitals go when the run is over, deleting their checkpoints when <paramref name="dropCheckpoints"/>.</summary>
    [Alias("Close")]
    Task Close(bool dropCheckpoints);
}
