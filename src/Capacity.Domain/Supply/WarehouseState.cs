using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Simulation;
using Orleans;

namespace Capacity.Domain.Supply;

/// <summary>Everything a warehouse carries from one day to the next.</summary>
/// <param name="Warehouse">Static description.</param>
/// <param name="Items">One entry per item, in item order.</param>
/// <param name="Orders">Orders not yet due.</param>
/// <param name="Shipments">Inbound shipments not yet due.</param>
/// <param name="Backorders">Units owed downstream, by requester id then item.</param>
/// <param name="InTransit">Outbound shipments that have not arrived yet.</param>
/// <param name="NextSeq">Sequence number of the next outgoing message.</param>
/// <param name="BedsServed">The reference COVID beds of the hospitals it supplies (the central warehouse: all of them).</param>
/// <param name="DownstreamOoads">Central only: the OOAD of each warehouse it ships to, by id (for transport disruptions); empty elsewhere.</param>
/// <remarks>Every member is a constructor parameter: the Orleans code generator only serializes those, and a checkpoint
/// must carry all of it.</remarks>
[GenerateSerializer, Immutable, Alias("capacity.WarehouseState")]
public sealed record WarehouseState(
    Warehouse Warehouse,
    ImmutableArray<WarehouseItem> Items,
    Inbox<ReplenishmentOrder> Orders,
    Inbox<Shipment> Shipments,
    ImmutableArray<Backorder> Backorders,
    ImmutableArray<Shipment> InTransit,
    int NextSeq,
    LevelCounts BedsServed,
    ImmutableSortedDictionary<string, string> DownstreamOoads)
{
    /// <summary>
    /// A warehouse on day 0 with opening stock sized on the COVID beds it serves: OOAD and UMAE warehouses
    /// on their own hospitals, the central warehouse on the whole network.
    /// </summary>
    public static WarehouseState Open(
        Warehouse warehouse, LevelCounts bedsServed, ModelParameters parameters, ImmutableSortedDictionary<string, string>? downstreamOoads = null)
    {
        var days = warehouse.Kind == WarehouseKind.Central
            ? parameters.Supply.InitialStock.CentralDays
            : parameters.Supply.InitialStock.RegionalDays;
        var items = parameters.Supply.Items
            .Select(item => new WarehouseItem(
                ReferenceUse.OpeningStock(bedsServed, item, parameters.Care, days), 0, 0, ImmutableArray<long>.Empty, false))
            .ToImmutableArray();
        return new WarehouseState(
            warehouse, items, Inbox<ReplenishmentOrder>.Empty, Inbox<Shipment>.Empty,
            ImmutableArray<Backorder>.Empty, ImmutableArray<Shipment>.Empty, 0,
            bedsServed, downstreamOoads ?? ImmutableSortedDictionary<string, string>.Empty);
    }
}
