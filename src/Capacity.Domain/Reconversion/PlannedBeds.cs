using Orleans;
using Capacity.Domain.Care;

namespace Capacity.Domain.Reconversion;

/// <summary>A hospital's COVID beds, phase and role once every order already sent has taken effect.</summary>
[GenerateSerializer, Immutable, Alias("capacity.PlannedBeds")]
public sealed record PlannedBeds(LevelCounts Beds, ReconversionPhase Phase, HospitalRole Role);
