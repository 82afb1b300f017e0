namespace Capacity.Domain.Demand;

/// <summary>Where an OOAD's expected new hospital patients come from (<see cref="DemandCurve"/>).</summary>
public enum DemandModelKind
{
    /// <summary>Parametric waves: attack rate × affiliates × hospitalised share × normal wave curves.</summary>
    Waves = 0,

    /// <summary>A compartmental SEIR epidemic per OOAD (<see cref="SeirModel"/>).</summary>
    Seir = 1,
}
