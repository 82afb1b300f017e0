using System.Collections.Immutable;
using Capacity.Domain.Supply;

namespace Capacity.Grains.Contracts;

/// <summary>The care phase of one day for an OOAD, with the shipments posted to each of its hospitals.</summary>
[GenerateSerializer, Immutable, Alias("capacity.OoadCareDay")]
public sealed record OoadCareDay(int Day, ImmutableDictionary<string, ImmutableArray<Shipment>> Mail);
