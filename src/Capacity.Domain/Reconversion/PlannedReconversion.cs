using Orleans;
using Capacity.Domain.Care;

namespace Capacity.Domain.Reconversion;

/// <summary>A policy's decision for one hospital: these beds, phase and role from <paramref name="DueDay"/> on.</summary>
[GenerateSerializer, Immutable, Alias("capacity.PlannedReconversion")]
public sealed record PlannedReconversion(string HospitalId, int DueDay, LevelCounts Beds, ReconversionPhase Phase, HospitalRole Role);
