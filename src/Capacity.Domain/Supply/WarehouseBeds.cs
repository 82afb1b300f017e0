using Orleans;

namespace Capacity.Domain.Supply;

/// <summary>COVID beds in service today at the hospitals an OOAD or UMAE warehouse supplies: the weight of a push.</summary>
[GenerateSerializer, Immutable, Alias("capacity.WarehouseBeds")]
public sealed record WarehouseBeds(string WarehouseId, int CovidBeds);
