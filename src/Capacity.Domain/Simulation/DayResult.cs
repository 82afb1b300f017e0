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
            hospitals.OrderBy(h => h.HospitalId, StringComparer.Ordinal).ToImmutableArray(),
            warehouses.OrderBy(w => w.WarehouseId, StringComparer.Ordinal).ToImmutableArray(),
            events.OrderBy(e => e.EntityId, StringComparer.Ordinal)
                .ThenBy(e => e.Kind)
                .ThenBy(e => e.Subject, StringComparer.Ordinal)
                .ToImmutableArray(),
            (transfers ?? [])
                .OrderBy(t => t.FromHospital, StringComparer.Ordinal)
                .ThenBy(t => t.ToHospital, StringComparer.Ordinal)
                .ToImmutableArray(),
            (plants ?? []).OrderBy(p => p.OoadCode, StringComparer.Ordinal).ToImmutableArray(),
            ventilatorsInReserve,
            (shipments ?? [])
                .OrderBy(s => s.SenderId, StringComparer.Ordinal)
                .ThenBy(s => s.RecipientId, StringComparer.Ordinal)
                .ThenBy(s => s.Item)
                .ThenBy(s => s.Seq)
                .ToImmutableArray());
}
