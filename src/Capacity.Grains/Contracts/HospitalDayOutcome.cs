using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;

namespace Capacity.Grains.Contracts;

/// <summary>A hospital's day as its OOAD sees it: the report, the orders to post and the events.</summary>
[GenerateSerializer, Immutable, Alias("capacity.HospitalDayOutcome")]
public sealed record HospitalDayOutcome(
    HospitalDayReport Report,
    ImmutableArray<ReplenishmentOrder> Orders,
    ImmutableArray<SimEvent> Events);
