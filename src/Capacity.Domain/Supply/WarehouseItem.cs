using System.Collections.Immutable;

namespace Capacity.Domain.Supply;

/// <summary>A warehouse's stock of one item between days.</summary>
/// <param name="OnHand">Units in store.</param>
/// <param name="OnOrder">Units ordered upstream and not yet received (central: supplier backlog + transit).</param>
/// <param name="SupplierBacklog">Central only: units ordered from suppliers and not yet produced.</param>
/// <param name="RecentRequests">Units requested by downstream nodes on the last days, oldest first.</param>
/// <param name="Short">Whether the last day ended with orders waiting on an empty shelf.</param>
public sealed record WarehouseItem(long OnHand, long OnOrder, long SupplierBacklog, ImmutableArray<long> RecentRequests, bool Short);
