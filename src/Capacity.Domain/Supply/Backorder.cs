using Orleans;

namespace Capacity.Domain.Supply;

/// <summary>Units a warehouse still owes one downstream node.</summary>
[GenerateSerializer, Immutable, Alias("capacity.Backorder")]
public sealed record Backorder(string RequesterId, SupplyItem Item, long Quantity);
