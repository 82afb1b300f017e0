using System.Collections.Immutable;
using Orleans;

namespace Capacity.Domain.Supply;

/// <summary>Messages newly posted to a warehouse for one day.</summary>
/// <param name="Day">Tick.</param>
/// <param name="Orders">Orders newly posted.</param>
/// <param name="Shipments">Shipments newly posted.</param>
/// <param name="BedsServed">Central warehouse under push only: today's COVID beds per OOAD and UMAE warehouse (default none).</param>
[GenerateSerializer, Immutable, Alias("capacity.WarehouseDayInput")]
public sealed record WarehouseDayInput(
    int Day,
    ImmutableArray<ReplenishmentOrder> Orders,
    ImmutableArray<Shipment> Shipments,
    ImmutableArray<WarehouseBeds> BedsServed = default);
