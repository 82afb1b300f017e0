namespace Capacity.Domain.Reconversion;

/// <summary>
/// IMSS reconversion stages of 2020 (seed 003 L1963-2010). The epidemic "escenarios" 1 and 2 designated reference
/// hospitals; phases I–III converted beds. Append only: the number is written to outputs.
/// </summary>
public enum ReconversionPhase
{
    /// <summary>Not reconverted.</summary>
    None = 0,

    /// <summary>Escenario 1 (importation, from 27 Feb 2020): 20 reference hospitals (seed 003 L1963-1967).</summary>
    Scenario1 = 1,

    /// <summary>Escenario 2 (community transmission, from 24 Mar 2020): 80 reference units (seed 003 L1968-1971).</summary>
    Scenario2 = 2,

    /// <summary>Phase I: 81 hospitals, 379 COVID beds (seed 003 L1984-1987).</summary>
    PhaseI = 3,

    /// <summary>Phase II: 120 hospitals, 2,420 COVID beds (seed 003 L1989-1992).</summary>
    PhaseII = 4,

    /// <summary>Phase III (guidelines of 17 Apr 2020): 201 units, 13,321 COVID beds by 30 Jun (seed 003 L1994-2010).</summary>
    PhaseIII = 5,

    /// <summary>Beds handed back to non-COVID care after the regional signal eased (seed 003 L2593-2595).</summary>
    Reverted = 6,
}
