using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;

namespace Capacity.Grains.Contracts;

/// <summary>
/// What a hospital needs to open on day 0 (inside its OOAD grain): its opening beds, phase and role, and the reference beds its opening
/// stock is sized on.
/// </summary>
[GenerateSerializer, Immutable, Alias("capacity.HospitalOpening")]
public sealed record HospitalOpening(ModelParameters Parameters, Hospital Hospital, PlannedBeds Opening, LevelCounts ReferenceBeds);
