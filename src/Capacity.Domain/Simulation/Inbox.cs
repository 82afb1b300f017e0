using System.Collections.Immutable;
using System.Runtime.InteropServices;
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

    /// <summary>Adds messages without applying them; an empty batch keeps this inbox (no copy, no enumerator).</summary>
    public Inbox<T> With(ImmutableArray<T> messages) =>
        messages.IsDefaultOrEmpty ? this : new(Pending.AddRange(messages));

    /// <summary>The messages due at or before <paramref name="day"/>, sorted, and the inbox without them.</summary>
    /// <remarks>
    /// Runs for every hospital and warehouse every day, so it scans once, allocates only when something is due, and sorts
    /// with one comparison whose last key is the arrival position: the same order as a stable sort by
    /// (due day, sender, sequence), whatever the sort algorithm does with ties.
    /// </remarks>
    public (ImmutableArray<T> Due, Inbox<T> Remaining) TakeDue(int day)
    {
        var pending = Pending.AsSpan();
        var dueCount = 0;
        foreach (var m in pending)
        {
            if (m.DueDay <= day)
            {
                dueCount++;
            }
        }

        if (dueCount == 0)
        {
            return (ImmutableArray<T>.Empty, this);
        }

        var due = new (T Message, int Position)[dueCount];
        var rest = new T[pending.Length - dueCount];
        int d = 0, r = 0;
        for (var i = 0; i < pending.Length; i++)
        {
            if (pending[i].DueDay <= day)
            {
                due[d++] = (pending[i], i);
            }
            else
            {
                rest[r++] = pending[i];
            }
        }

        due.AsSpan().Sort(static (a, b) =>
        {
            var c = a.Message.DueDay.CompareTo(b.Message.DueDay);
            if (c == 0)
            {
                c = string.CompareOrdinal(a.Message.SenderId, b.Message.SenderId);
            }

            if (c == 0)
            {
                c = a.Message.Seq.CompareTo(b.Message.Seq);
            }

            return c != 0 ? c : a.Position.CompareTo(b.Position);
        });
        var sorted = new T[dueCount];
        for (var i = 0; i < dueCount; i++)
        {
            sorted[i] = due[i].Message;
        }

        var remaining = rest.Length == 0 ? Empty : new Inbox<T>(ImmutableCollectionsMarshal.AsImmutableArray(rest));
        return (ImmutableCollectionsMarshal.AsImmutableArray(sorted), remaining);
    }
}
