using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Simulation;

namespace Capacity.Grains.Contracts;

/// <summary>What a hospital grain needs to open on day 0.</summary>
[GenerateSerializer, Immutable, Alias("capacity.HospitalOpening")]
public sealed record HospitalOpening(ModelParameters Parameters, Hospital Hospital, LevelCounts Beds);
