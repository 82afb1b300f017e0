using System.Collections.Immutable;
using Orleans;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Supply;

/// <summary>A warehouse's day: its report, the orders and shipments it sends, and its events.</summary>
[GenerateSerializer, Immutable, Alias("capacity.WarehouseStep")]
public sealed record WarehouseStep(
    WarehouseDayReport Report,
    ImmutableArray<ReplenishmentOrder> Orders,
    ImmutableArray<Shipment> Shipments,
    ImmutableArray<SimEvent> Events);
