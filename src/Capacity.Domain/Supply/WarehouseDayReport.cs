using System.Collections.Immutable;
using Orleans;
using Capacity.Domain.Network;

namespace Capacity.Domain.Supply;

/// <summary>One warehouse's day.</summary>
[GenerateSerializer, Immutable, Alias("capacity.WarehouseDayReport")]
public sealed record WarehouseDayReport(
    int Day,
    string WarehouseId,
    WarehouseKind Kind,
    ImmutableArray<WarehouseStock> Stock);
