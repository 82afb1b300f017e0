using Orleans;
using Capacity.Domain.Care;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Reconversion;

/// <summary>
/// An OOAD's instruction to one of its hospitals: from <see cref="DueDay"/> on, run <paramref name="Beds"/> COVID beds
/// in <paramref name="Role"/> at <paramref name="Phase"/>. It is sent conversion-lead-days ahead; fewer beds than
/// patients in care means no new admissions until the census has fallen (nobody is moved out to revert).
/// </summary>
[GenerateSerializer, Immutable, Alias("capacity.ReconversionOrder")]
public sealed record ReconversionOrder(
    string SenderId,
    string RecipientId,
    LevelCounts Beds,
    ReconversionPhase Phase,
    HospitalRole Role,
    int PlacedDay,
    int DueDay,
    int Seq) : IInboxMessage;
