using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Supply;
using Orleans;

namespace Capacity.Domain.Simulation;

/// <summary>
/// The mail a <see cref="PostOffice"/> holds between two days, by recipient (ordinal order), each box in posting order:
/// what a checkpoint must keep so a resumed run hands every recipient the same mail.
/// </summary>
/// <param name="HospitalShipments">Shipments to hospitals.</param>
/// <param name="WarehouseShipments">Shipments to warehouses.</param>
/// <param name="WarehouseOrders">Replenishment orders to warehouses.</param>
/// <param name="Reconversions">Reconversion orders to hospitals.</param>
/// <param name="Transfers">Patients transferred to hospitals, summed.</param>
[GenerateSerializer, Immutable, Alias("capacity.PostOfficeSnapshot")]
public sealed record PostOfficeSnapshot(
    ImmutableSortedDictionary<string, ImmutableArray<Shipment>> HospitalShipments,
    ImmutableSortedDictionary<string, ImmutableArray<Shipment>> WarehouseShipments,
    ImmutableSortedDictionary<string, ImmutableArray<ReplenishmentOrder>> WarehouseOrders,
    ImmutableSortedDictionary<string, ImmutableArray<ReconversionOrder>> Reconversions,
    ImmutableSortedDictionary<string, LevelCounts> Transfers);
