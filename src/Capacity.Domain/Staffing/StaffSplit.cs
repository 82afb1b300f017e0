namespace Capacity.Domain.Staffing;

/// <summary>How the national ERC pool is shared among the OOADs (<c>staffing.split</c>). Append only.</summary>
public enum StaffSplit
{
    /// <summary><c>affiliates</c>: in proportion to the OOAD's affiliates (the first staffing model).</summary>
    Affiliates = 0,

    /// <summary>
    /// <c>planned-beds</c>: in proportion to the most COVID beds the OOAD's hospitals are planned to run (Σ of
    /// <see cref="Simulation.RunLayout.ReferenceBeds"/>): the schedule's plan, else the opening COVID-bed shares; census
    /// beds when the OOADs have no COVID beds planned at all.
    /// </summary>
    PlannedBeds = 1,

    /// <summary><c>census-beds</c>: in proportion to the census beds of the OOAD's hospitals.</summary>
    CensusBeds = 2,
}
