using System.Collections.Immutable;
using Orleans;

namespace Capacity.Domain.Simulation;

/// <summary>
/// A receiver-side buffer of messages. <see cref="TakeDue"/> returns the messages due by a tick in
/// (due tick, sender, sequence) order and keeps the rest.
/// </summary>
[GenerateSerializer, Immutable, Alias("capacity.Inbox`1")]
public sealed record Inbox<T>(ImmutableArray<T> Pending)
    where T : IInboxMessage
{
    /// <summary>An inbox with nothing pending.</summary>
    public static Inbox<T> Empty { get; } = new(ImmutableArray<T>.Empty);

    /// <summary>Adds messages without applying them.</summary>
    public Inbox<T> With(IEnumerable<T> messages) => new(Pending.AddRange(messages));

    /// <summary>The messages due at or before <paramref name="day"/>, sorted, and the inbox without them.</summary>
    public (ImmutableArray<T> Due, Inbox<T> Remaining) TakeDue(int day)
    {
        if (Pending.IsEmpty)
        {
            return (ImmutableArray<T>.Empty, this);
        }

        var due = Pending.Where(m => m.DueDay <= day)
            .OrderBy(m => m.DueDay)
            .ThenBy(m => m.SenderId, StringComparer.Ordinal)
            .ThenBy(m => m.Seq)
            .ToImmutableArray();
        if (due.IsEmpty)
        {
            return (due, this);
        }

        return (due, new Inbox<T>(Pending.Where(m => m.DueDay > day).ToImmutableArray()));
    }
}
