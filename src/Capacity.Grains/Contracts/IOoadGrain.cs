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

    /// <summary>Lets the OOAD and its hospitals go when the run is over.</summary>
    [Alias("Close")]
    Task Close();
}
