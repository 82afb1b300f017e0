namespace Capacity.Grains.Checkpoints;

/// <summary>An entity's state as it stood at the start of <paramref name="Day"/>.</summary>
/// <typeparam name="T">The entity's state record.</typeparam>
[GenerateSerializer, Immutable, Alias("capacity.CheckpointSlot`1")]
public sealed record CheckpointSlot<T>(int Day, T State);
