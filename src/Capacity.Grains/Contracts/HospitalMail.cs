using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Supply;

namespace Capacity.Grains.Contracts;

/// <summary>Messages posted to one hospital since its last day, and the patients transferred to it (summed).</summary>
[GenerateSerializer, Immutable, Alias("capacity.HospitalMail")]
public sealed record HospitalMail(ImmutableArray<Shipment> Shipments, ImmutableArray<ReconversionOrder> Reconversions, LevelCounts TransfersIn = default)
{
    /// <summary>No mail.</summary>
    public static HospitalMail None { get; } = new([], []);
}
