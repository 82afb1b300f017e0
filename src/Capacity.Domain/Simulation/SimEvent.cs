using Orleans;

namespace Capacity.Domain.Simulation;

/// <summary>Something a planner wants on the timeline.</summary>
/// <param name="Day">Tick of the event.</param>
/// <param name="EntityId">Hospital or warehouse id.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Subject">Care level or item code the event is about.</param>
/// <param name="Detail">Human-readable detail (numbers formatted with the invariant culture).</param>
[GenerateSerializer, Immutable, Alias("capacity.SimEvent")]
public sealed record SimEvent(int Day, string EntityId, EventKind Kind, string Subject, string Detail);
