using Orleans;
using Capacity.Domain.Care;

namespace Capacity.Domain.Reconversion;

/// <summary>A block of beds the occupancy trigger converted in one hospital; reverted last in, first out.</summary>
[GenerateSerializer, Immutable, Alias("capacity.ConvertedBlock")]
public sealed record ConvertedBlock(string HospitalId, LevelCounts Beds);
