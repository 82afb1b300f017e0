using Orleans;

namespace Capacity.Domain.Network;

/// <summary>A node of the supply network.</summary>
/// <param name="Id">Stable id (e.g. <c>central</c>, <c>wh-jal-1</c>, <c>wh-umae-cmno-esp</c>).</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">Tier.</param>
/// <param name="OoadCode">The OOAD it lies in; null for the central warehouse.</param>
/// <param name="UpstreamId">The warehouse it orders from; null for the central warehouse, which buys from suppliers.</param>
[GenerateSerializer, Immutable, Alias("capacity.Warehouse")]
public sealed record Warehouse(string Id, string Name, WarehouseKind Kind, string? OoadCode, string? UpstreamId);
