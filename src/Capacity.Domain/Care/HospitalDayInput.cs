using System.Collections.Immutable;
using Orleans;
using Capacity.Domain.Supply;

namespace Capacity.Domain.Care;

/// <summary>What reaches a hospital on one day: the patients its OOAD routed to it and newly posted shipments.</summary>
[GenerateSerializer, Immutable, Alias("capacity.HospitalDayInput")]
public sealed record HospitalDayInput(int Day, LevelCounts Arrivals, ImmutableArray<Shipment> Shipments);
