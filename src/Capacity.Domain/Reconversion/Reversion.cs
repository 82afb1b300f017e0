using Orleans;

namespace Capacity.Domain.Reconversion;

/// <summary>
/// The regional signal (semáforo) of the schedule policy, proxied by the OOAD's COVID occupancy: from
/// <paramref name="NotBefore"/>, occupancy below <paramref name="OccupancyBelow"/> for <paramref name="Days"/> days in a
/// row reverts the OOAD's reconverted hospitals (seed 003 L2593-2595, L2118-2122); above
/// <paramref name="ReactivateAbove"/> for as many days re-applies the plan.
/// </summary>
[GenerateSerializer, Immutable, Alias("capacity.Reversion")]
public sealed record Reversion(DateOnly NotBefore, double OccupancyBelow, double ReactivateAbove, int Days);
