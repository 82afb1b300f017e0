using Orleans;

namespace Capacity.Domain.Network;

/// <summary>A bed-holding hospital and the warehouse that supplies it.</summary>
/// <param name="Id">Stable id used in grain keys and files (e.g. <c>jal-hgz-014</c>).</param>
/// <param name="Name">Display name (synthetic where the seeds give none).</param>
/// <param name="OoadCode">The OOAD the hospital belongs to.</param>
/// <param name="Type">Tier.</param>
/// <param name="CensusBeds">Camas censables before reconversion.</param>
/// <param name="WarehouseId">The OOAD or UMAE warehouse that fills this hospital's orders.</param>
[GenerateSerializer, Immutable, Alias("capacity.Hospital")]
public sealed record Hospital(string Id, string Name, string OoadCode, HospitalType Type, int CensusBeds, string WarehouseId);
