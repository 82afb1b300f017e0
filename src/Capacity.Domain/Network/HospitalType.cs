namespace Capacity.Domain.Network;

/// <summary>The three hospital tiers of the IMSS network (seed 003 L1957-1959). Append only.</summary>
public enum HospitalType
{
    /// <summary>Unidad Médica de Alta Especialidad (third level), 25 units (seed 003 L435).</summary>
    Umae = 0,

    /// <summary>Second-level general hospital (HGZ, HGR, HGS), 236 in the COVID plan (seed 003 L1958).</summary>
    SecondLevel = 1,

    /// <summary>IMSS-BIENESTAR rural hospital, 80 (seed 003 L1959).</summary>
    RuralBienestar = 2,

    /// <summary>
    /// Temporary hospital, expansion unit or convalescence unit (Table I.4, seed 003 L3105-3161): its census beds
    /// exist only while the reconversion plan keeps it open.
    /// </summary>
    TemporaryUnit = 3,
}
