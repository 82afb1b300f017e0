using Orleans;
using Capacity.Domain.Care;

namespace Capacity.Domain.Demand;

/// <summary>What an OOAD knows about one of its hospitals: beds and the census of the last report.</summary>
[GenerateSerializer, Immutable, Alias("capacity.HospitalSnapshot")]
public sealed record HospitalSnapshot(string HospitalId, LevelCounts Beds, LevelCounts Census)
{
    /// <summary>Beds free at the last report.</summary>
    public LevelCounts Free => new(Math.Max(0, Beds.Ward - Census.Ward), Math.Max(0, Beds.Icu - Census.Icu));
}
