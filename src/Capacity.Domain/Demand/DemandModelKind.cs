namespace Capacity.Domain.Demand;

/// <summary>Where an OOAD's expected new hospital patients come from (<see cref="DemandCurve"/>).</summary>
public enum DemandModelKind
{
    /// <summary>Parametric waves: attack rate × affiliates × hospitalised share × normal wave curves.</summary>
    Waves = 0,

    /// <summary>A compartmental SEIR epidemic per OOAD (<see cref="SeirModel"/>).</summary>
    Seir = 1,

    /// <summary>Daily admissions per OOAD read from a CSV file, interpolated between its dates (<see cref="ObservedDemand"/>).</summary>
    Observed = 2,
}
