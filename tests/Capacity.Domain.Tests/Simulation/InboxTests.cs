using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;

namespace Capacity.Domain.Tests.Simulation;

public sealed class InboxTests
{
    private static readonly Shipment[] Sorted =
    [
        Message("b", due: 2, seq: 7),
        Message("B", due: 3, seq: 9),
        Message("a", due: 3, seq: 1),
        Message("a", due: 3, seq: 2),
        Message("b", due: 3, seq: 0),
    ];

    [Fact]
    public void Due_messages_come_sorted_by_due_day_then_ordinal_sender_then_sequence_whatever_the_insertion_order()
    {
        var later = Message("a", due: 4, seq: 0);
        var shuffled = new[] { Sorted[3], later, Sorted[4], Sorted[0], Sorted[2], Sorted[1] };

        var (due, _) = Inbox<Shipment>.Empty.With(shuffled).TakeDue(3);
        var (reversed, _) = Inbox<Shipment>.Empty.With(shuffled.Reverse()).TakeDue(3);

        Assert.Equal(Sorted, due);
        Assert.Equal(Sorted, reversed);
    }

    [Fact]
    public void Messages_due_later_stay_in_the_inbox_for_their_day()
    {
        var later = Message("a", due: 4, seq: 0);
        var inbox = Inbox<Shipment>.Empty.With([.. Sorted, later]);

        var (_, remaining) = inbox.TakeDue(3);
        var (next, empty) = remaining.TakeDue(4);

        Assert.Equal([later], remaining.Pending);
        Assert.Equal([later], next);
        Assert.Empty(empty.Pending);
    }

    [Fact]
    public void Nothing_due_leaves_the_inbox_as_it_was()
    {
        var inbox = Inbox<Shipment>.Empty.With([Message("a", due: 9, seq: 0)]);

        var (due, remaining) = inbox.TakeDue(8);

        Assert.Empty(due);
        Assert.Same(inbox, remaining);
    }

    [Fact]
    public void Overdue_messages_are_still_delivered()
    {
        var inbox = Inbox<Shipment>.Empty.With([Message("a", due: 1, seq: 0)]);

        var (due, _) = inbox.TakeDue(5);

        Assert.Equal([Message("a", due: 1, seq: 0)], due);
    }

    private static Shipment Message(string sender, int due, int seq) =>
        new(sender, "h1", SupplyItem.Gown, 10 * seq + due, 0, due, seq);
}
