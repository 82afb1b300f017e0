using System.Collections.Immutable;
using Orleans;

namespace Capacity.Domain.Supply;

/// <summary>A warehouse's stock of one item between days.</summary>
/// <param name="OnHand">Units in store.</param>
/// <param name="OnOrder">Units ordered upstream and not yet received (central: supplier backlog + transit).</param>
/// <param name="SupplierBacklog">Central only: units ordered from suppliers and not yet produced.</param>
/// <param name="RecentRequests">Units requested by downstream nodes on the last days, oldest first.</param>
/// <param name="Short">Whether the last day ended with orders waiting on an empty shelf.</param>
[GenerateSerializer, Immutable, Alias("capacity.WarehouseItem")]
public sealed record WarehouseItem(long OnHand, long OnOrder, long SupplierBacklog, ImmutableArray<long> RecentRequests, bool Short);
