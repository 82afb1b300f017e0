namespace Capacity.Scenarios.BuiltIn;

/// <summary>National figures imss-2020 is built from; each cites its seed line (docs/network.md).</summary>
internal static class Imss2020Figures
{
    /// <summary>Derechohabientes assigned to a family-medicine unit, June 2020: seed 003 L24920-24923.</summary>
    public const long Affiliates = 57_556_379;

    /// <summary>UMAE: seed 003 L1957 (also L435, L8558).</summary>
    public const int UmaeHospitals = 25;

    /// <summary>Second-level hospitals in the COVID plan: seed 003 L1958.</summary>
    public const int SecondLevelHospitals = 236;

    /// <summary>IMSS-BIENESTAR Hospitales Rurales: seed 003 L1959 (Table II.27 total, L15885).</summary>
    public const int RuralHospitals = 80;

    /// <summary>Régimen Ordinario census beds at end-2019 (33,752 → 34,408): seed 003 L30564-30566.</summary>
    public const int OrdinaryCensusBeds = 34_408;

    /// <summary>
    /// UMAE census beds. Assumption, not a seed figure (the seeds give no UMAE bed total): one quarter of the
    /// Régimen Ordinario beds, i.e. about 344 beds per UMAE against about 109 per second-level hospital.
    /// </summary>
    public const int UmaeCensusBeds = OrdinaryCensusBeds / 4;

    /// <summary>Second-level census beds: the Régimen Ordinario rest after <see cref="UmaeCensusBeds"/>.</summary>
    public const int SecondLevelCensusBeds = OrdinaryCensusBeds - UmaeCensusBeds;

    /// <summary>IMSS-BIENESTAR discharges Jul 2019–Jun 2020, Table II.28: seed 003 L16077.</summary>
    public const int RuralDischarges = 202_209;

    /// <summary>IMSS-BIENESTAR average length of stay, days, Table II.28: seed 003 L16110-16111.</summary>
    public const int RuralStayDays = 3;

    /// <summary>IMSS-BIENESTAR hospital occupancy, percent, Table II.28: seed 003 L16110.</summary>
    public const int RuralOccupancyPercent = 67;

    /// <summary>
    /// Rural census beds, derived: discharges × stay ÷ 365 ÷ occupancy = 202,209 × 3 ÷ 365 ÷ 0.67 = 2,480.6,
    /// rounded half up to 2,481 (integer arithmetic, so the result never depends on floating point).
    /// </summary>
    public const int RuralCensusBeds =
        (int)((2L * RuralDischarges * RuralStayDays * 100 + 365L * RuralOccupancyPercent)
              / (2L * 365 * RuralOccupancyPercent));

    /// <summary>"37 Almacenes en los OOAD": seed 003 L21077-21080.</summary>
    public const int OoadWarehouses = 37;

    /// <summary>Id of the Almacén de Programas Especiales y Red Fría.</summary>
    public const string CentralWarehouseId = "central";

    /// <summary>Name of the central warehouse: seed 003 L21079, L21699-21700.</summary>
    public const string CentralWarehouseName = "Almacén de Programas Especiales y Red Fría";
}
