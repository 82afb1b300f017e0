using Orleans;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;

namespace Capacity.Domain.Demand;

/// <summary>What an OOAD knows about one of its hospitals: the last report's COVID beds, census, phase and role.</summary>
/// <param name="HospitalId">Hospital.</param>
/// <param name="Beds">COVID beds by level.</param>
/// <param name="Census">COVID patients in care.</param>
/// <param name="Type">Tier.</param>
/// <param name="CensusBeds">All census beds of the hospital (the ceiling for reconversion).</param>
/// <param name="Phase">Reconversion phase.</param>
/// <param name="Role">Role for COVID care.</param>
/// <param name="TurnedAway">Patients without a bed on the reported day, before transfers moved any of them (the report as the
/// OOAD saw it at the end of its care step).</param>
[GenerateSerializer, Immutable, Alias("capacity.HospitalSnapshot")]
public sealed record HospitalSnapshot(
    string HospitalId,
    LevelCounts Beds,
    LevelCounts Census,
    HospitalType Type,
    int CensusBeds,
    ReconversionPhase Phase,
    HospitalRole Role,
    LevelCounts TurnedAway)
{
    /// <summary>Beds free at the last report.</summary>
    public LevelCounts Free => new(Math.Max(0, Beds.Ward - Census.Ward), Math.Max(0, Beds.Icu - Census.Icu));
}
