using System.Collections.Immutable;
using Orleans;

namespace Capacity.Domain.Equipment;

/// <summary>
/// One OOAD's equipment for the whole run: its baseline, its deliveries (national batches already apportioned to it)
/// and the units an ICU COVID place needs. Date-independent, so the OOAD receives it once, at opening, and computes
/// its inventory on any date itself; the result writers compute the same numbers from <see cref="EquipmentPlan"/>.
/// </summary>
/// <param name="OoadCode">The OOAD.</param>
/// <param name="PerIcuBed">Units each ICU COVID place needs.</param>
/// <param name="Baseline">Units on day 0.</param>
/// <param name="Deliveries">This OOAD's batches (each with <see cref="EquipmentDelivery.Ooad"/> = <paramref name="OoadCode"/>).</param>
[GenerateSerializer, Immutable, Alias("capacity.OoadEquipment")]
public sealed record OoadEquipment(string OoadCode, EquipmentRates PerIcuBed, EquipmentUnits Baseline, ImmutableArray<EquipmentDelivery> Deliveries)
{
    /// <summary>Units on hand at the end of <paramref name="date"/>: baseline + deliveries arrived by then.</summary>
    public EquipmentUnits On(DateOnly date) =>
        Deliveries.Aggregate(Baseline, (units, d) => units.Add(d.Item, d.DeliveredBy(date)));

    /// <summary>ICU COVID places the units on hand on <paramref name="date"/> can equip, and the binding item.</summary>
    public EquippedPlaces Equipped(DateOnly date) => PerIcuBed.Equipped(On(date));
}
