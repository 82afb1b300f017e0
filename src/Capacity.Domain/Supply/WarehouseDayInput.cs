using System.Collections.Immutable;
using Orleans;

namespace Capacity.Domain.Supply;

/// <summary>Messages newly posted to a warehouse for one day.</summary>
[GenerateSerializer, Immutable, Alias("capacity.WarehouseDayInput")]
public sealed record WarehouseDayInput(int Day, ImmutableArray<ReplenishmentOrder> Orders, ImmutableArray<Shipment> Shipments);
