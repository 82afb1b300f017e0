using Orleans;
using Capacity.Domain.Care;

namespace Capacity.Domain.Reconversion;

/// <summary>One hospital's COVID beds, phase and role from a date on: the schedule turned into concrete hospitals.</summary>
[GenerateSerializer, Immutable, Alias("capacity.PlannedChange")]
public sealed record PlannedChange(string HospitalId, DateOnly Date, LevelCounts Beds, ReconversionPhase Phase, HospitalRole Role);
