using Orleans;

namespace Capacity.Domain.Reconversion;

/// <summary>
/// The occupancy-trigger policy: when the OOAD's COVID occupancy is above <paramref name="Up"/> for
/// <paramref name="Days"/> days in a row, convert the next block of <paramref name="BlockBeds"/> beds; below
/// <paramref name="Down"/> for as many days, revert the last block converted.
/// </summary>
[GenerateSerializer, Immutable, Alias("capacity.OccupancyTrigger")]
public sealed record OccupancyTrigger(double Up, double Down, int Days, int BlockBeds);
