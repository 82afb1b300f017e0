using System.Collections.Immutable;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Supply;

namespace Capacity.Grains.Contracts;

/// <summary>Messages posted to one hospital since its last day.</summary>
[GenerateSerializer, Immutable, Alias("capacity.HospitalMail")]
public sealed record HospitalMail(ImmutableArray<Shipment> Shipments, ImmutableArray<ReconversionOrder> Reconversions)
{
    /// <summary>No mail.</summary>
    public static HospitalMail None { get; } = new([], []);
}
