using System.Collections.Immutable;
using Orleans;

namespace Capacity.Domain.Equipment;

/// <summary>
/// Equipment that limits how many ICU COVID beds the OOADs can run (<see cref="EquipmentConstraint"/>). An OOAD's
/// inventory on a date is its baseline plus the deliveries that have arrived by then (<see cref="OoadEquipment"/>).
/// </summary>
/// <param name="Enabled">Whether equipment limits conversions at all; false = no equipment limit (inventory still reported).</param>
/// <param name="PerIcuBed">Units each ICU COVID place needs, per item.</param>
/// <param name="EquipOpeningIcuBeds">Baseline: the ICU COVID beds every hospital runs on day 0 are fully equipped.</param>
/// <param name="SurplusPerCensusBed">Baseline: units per census bed of the OOAD's hospitals, per item, that can be
/// repurposed to COVID ICU places (e.g. monitors from emergency rooms and theatres, ward oxygen outlets).</param>
/// <param name="Deliveries">Batches arriving during the run: national ones (no OOAD) are shared by
/// <paramref name="Allocation"/>, others go to the OOAD they name.</param>
/// <param name="Allocation">The rule that shares national batches among the OOADs.</param>
[GenerateSerializer, Immutable, Alias("capacity.EquipmentSettings")]
public sealed record EquipmentSettings(
    bool Enabled,
    EquipmentRates PerIcuBed,
    bool EquipOpeningIcuBeds,
    EquipmentRates SurplusPerCensusBed,
    ImmutableArray<EquipmentDelivery> Deliveries,
    EquipmentAllocationKind Allocation)
{
    /// <summary>No equipment limit and nothing required.</summary>
    public static EquipmentSettings Disabled { get; } =
        new(false, EquipmentRates.Zero, true, EquipmentRates.Zero, [], EquipmentAllocationKind.ProportionalToIcuBeds);
}
