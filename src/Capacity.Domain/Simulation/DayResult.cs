using System.Collections.Immutable;
using Orleans;
using Capacity.Domain.Care;
using Capacity.Domain.Oxygen;
using Capacity.Domain.Supply;
using Capacity.Domain.Transfers;

namespace Capacity.Domain.Simulation;

/// <summary>
/// Everything one tick produced, in canonical order (hospitals and warehouses by id, events by entity,
/// kind and subject, patient transfers by sending then receiving hospital, oxygen plants by OOAD code; none when oxygen is
/// not modelled). Both engines must produce equal values;
/// the result writers rely on it. <c>VentilatorsInReserve</c>: units the national ventilator reserve holds (0 unless
/// the fleet's allocation is <c>central-reserve</c>). <c>Shipments</c>: the consignments warehouses sent today, by sender,
/// recipient, item and sequence (the ledger of <c>shipments.csv</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("capacity.DayResult")]
public sealed record DayResult(
    int Day,
    DateOnly Date,
    ImmutableArray<HospitalDayReport> Hospitals,
    ImmutableArray<WarehouseDayReport> Warehouses,
    ImmutableArray<SimEvent> Events,
    ImmutableArray<PatientTransfer> Transfers = default,
    ImmutableArray<OxygenPlantReport> Plants = default,
    int VentilatorsInReserve = 0,
    ImmutableArray<Shipment> Shipments = default)
{
    /// <summary>Builds a result with every list put in canonical order.</summary>
    public static DayResult Canonical(
        int day,
        DateOnly date,
        IEnumerable<HospitalDayReport> hospitals,
        IEnumerable<WarehouseDayReport> warehouses,
        IEnumerable<SimEvent> events,
        IEnumerable<PatientTransfer>? transfers = null,
        IEnumerable<OxygenPlantReport>? plants = null,
        int ventilatorsInReserve = 0,
        IEnumerable<Shipment>? shipments = null) =>
        new(
            day,
            date,
            StableOrder.Sort(hospitals, static (a, b) => string.CompareOrdinal(a.HospitalId, b.HospitalId)),
            StableOrder.Sort(warehouses, static (a, b) => string.CompareOrdinal(a.WarehouseId, b.WarehouseId)),
            StableOrder.Sort(events, static (a, b) =>
            {
                var c = string.CompareOrdinal(a.EntityId, b.EntityId);
                c = c != 0 ? c : ((int)a.Kind).CompareTo((int)b.Kind);
                return c != 0 ? c : string.CompareOrdinal(a.Subject, b.Subject);
            }),
            StableOrder.Sort(transfers ?? [], static (a, b) =>
            {
                var c = string.CompareOrdinal(a.FromHospital, b.FromHospital);
                return c != 0 ? c : string.CompareOrdinal(a.ToHospital, b.ToHospital);
            }),
            StableOrder.Sort(plants ?? [], static (a, b) => string.CompareOrdinal(a.OoadCode, b.OoadCode)),
            ventilatorsInReserve,
            StableOrder.Sort(shipments ?? [], static (a, b) =>
            {
                var c = string.CompareOrdinal(a.SenderId, b.SenderId);
                c = c != 0 ? c : string.CompareOrdinal(a.RecipientId, b.RecipientId);
                c = c != 0 ? c : ((int)a.Item).CompareTo((int)b.Item);
                return c != 0 ? c : a.Seq.CompareTo(b.Seq);
            }));
}
