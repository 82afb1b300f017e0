using System.Collections.Immutable;

namespace Capacity.Grains.Checkpoints;

/// <summary>
/// What one grain keeps in checkpoint storage: its state at the last two checkpoint days. Two, because a checkpoint
/// is only committed once every grain has written it (the run's own record is written last); until then a failure
/// must still find the previous one.
/// </summary>
/// <typeparam name="T">The entity's state record.</typeparam>
[GenerateSerializer, Immutable, Alias("capacity.CheckpointSlots`1")]
public sealed record CheckpointSlots<T>(ImmutableArray<CheckpointSlot<T>> Slots)
{
    /// <summary>No checkpoint yet.</summary>
    public static CheckpointSlots<T> None { get; } = new(ImmutableArray<CheckpointSlot<T>>.Empty);

    /// <summary>
    /// These slots with <paramref name="state"/> at <paramref name="day"/>: the newest slot before that day is kept (it
    /// may be the committed checkpoint), slots of that day or later (an earlier attempt) are dropped.
    /// </summary>
    public CheckpointSlots<T> With(int day, T state)
    {
        var keep = Slots.IsDefault ? [] : Slots.Where(s => s.Day < day).OrderByDescending(s => s.Day).Take(1);
        return new([.. keep, new CheckpointSlot<T>(day, state)]);
    }

    /// <summary>The state at <paramref name="day"/>, or null when this grain has no checkpoint of that day.</summary>
    public CheckpointSlot<T>? At(int day) => Slots.IsDefault ? null : Slots.FirstOrDefault(s => s.Day == day);
}
