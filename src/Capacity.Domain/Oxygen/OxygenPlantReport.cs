using Orleans;

namespace Capacity.Domain.Oxygen;

/// <summary>An OOAD plant's day (litres of gas).</summary>
/// <param name="Day">Tick.</param>
/// <param name="OoadCode">Its OOAD.</param>
/// <param name="Capacity">Litres it could ship today (after any outage).</param>
/// <param name="Ordered">Litres its hospitals ordered today.</param>
/// <param name="Shipped">Litres it dispatched today.</param>
/// <param name="Backlog">Litres owed to its hospitals at the end of the day.</param>
/// <param name="InTransit">Litres on trucks at the end of the day.</param>
[GenerateSerializer, Immutable, Alias("capacity.OxygenPlantReport")]
public sealed record OxygenPlantReport(int Day, string OoadCode, long Capacity, long Ordered, long Shipped, long Backlog, long InTransit);
