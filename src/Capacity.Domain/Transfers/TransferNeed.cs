using Orleans;
using Capacity.Domain.Care;

namespace Capacity.Domain.Transfers;

/// <summary>
/// Beds by level at one hospital: as a request, patients it could not place today; as an offer, beds it can spare
/// beyond its reserve.
/// </summary>
[GenerateSerializer, Immutable, Alias("capacity.TransferNeed")]
public sealed record TransferNeed(string HospitalId, string OoadCode, LevelCounts Beds);
