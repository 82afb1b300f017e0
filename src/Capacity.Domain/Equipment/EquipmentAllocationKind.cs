namespace Capacity.Domain.Equipment;

/// <summary>
/// How a national delivery is shared among the OOADs (YAML <c>equipment.allocation</c>). The supply-chain issue adds
/// its own rules (need-based, central reserve) here.
/// </summary>
public enum EquipmentAllocationKind
{
    /// <summary>
    /// <c>proportional-to-icu-beds</c>: each batch is apportioned once, by largest remainder, in proportion to the
    /// ICU COVID beds planned for each OOAD's hospitals (the most each is planned to run).
    /// </summary>
    ProportionalToIcuBeds = 0,
}
