using Orleans;

namespace Capacity.Domain.Reconversion;

/// <summary>
/// A national target of the schedule policy: from <paramref name="Date"/>, <paramref name="Hospitals"/> permanent
/// hospitals (UMAE and second level) run <paramref name="CovidBeds"/> COVID beds between them, of which
/// <paramref name="ExclusiveHospitals"/> are COVID-exclusive. Temporary units are planned separately.
/// </summary>
[GenerateSerializer, Immutable, Alias("capacity.ScheduleStep")]
public sealed record ScheduleStep(DateOnly Date, ReconversionPhase Phase, int Hospitals, int CovidBeds, int ExclusiveHospitals);
