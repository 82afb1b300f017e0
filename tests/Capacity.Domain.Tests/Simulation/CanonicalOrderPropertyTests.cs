using System.Collections.Immutable;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Simulation;

/// <summary>
/// The hand-written sorts of the hot path (issue 9) must give exactly the order of the stable LINQ sorts they replaced:
/// results are compared byte for byte across engines, so a different tie order would be a different output.
/// </summary>
public sealed class CanonicalOrderPropertyTests
{
    // Few distinct senders, recipients, days and sequence numbers, so ties and duplicates are common.
    private static readonly string[] Ids = ["a", "B", "b", "a-1", "a1", "ab", "supplier", "wh-jal-1"];

    [Property(Arbitrary = new[] { typeof(ShipmentLists) }, MaxTest = 300)]
    public void Inbox_take_due_matches_the_stable_sort_by_due_day_sender_and_sequence(Shipment[] messages, int day)
    {
        var today = Math.Abs(day % 6);
        var (due, remaining) = Inbox<Shipment>.Empty.With(messages.ToImmutableArray()).TakeDue(today);

        var expected = messages.Where(m => m.DueDay <= today)
            .OrderBy(m => m.DueDay).ThenBy(m => m.SenderId, StringComparer.Ordinal).ThenBy(m => m.Seq)
            .ToArray();
        Assert.Equal(expected, due.ToArray(), ReferenceEqualityComparer.Instance);
        Assert.Equal(messages.Where(m => m.DueDay > today).ToArray(), remaining.Pending.ToArray(), ReferenceEqualityComparer.Instance);
    }

    [Property(Arbitrary = new[] { typeof(ShipmentLists) }, MaxTest = 300)]
    public void Day_result_shipments_match_the_stable_sort_by_sender_recipient_item_and_sequence(Shipment[] shipments)
    {
        var result = DayResult.Canonical(0, new DateOnly(2020, 3, 1), [], [], [], shipments: shipments);

        var expected = shipments
            .OrderBy(s => s.SenderId, StringComparer.Ordinal)
            .ThenBy(s => s.RecipientId, StringComparer.Ordinal)
            .ThenBy(s => s.Item)
            .ThenBy(s => s.Seq)
            .ToArray();
        Assert.Equal(expected, result.Shipments.ToArray(), ReferenceEqualityComparer.Instance);
    }

    [Property(Arbitrary = new[] { typeof(ShipmentLists) }, MaxTest = 100)]
    public void Already_sorted_lists_keep_their_order(Shipment[] shipments)
    {
        var sorted = shipments.OrderBy(s => s.SenderId, StringComparer.Ordinal).ThenBy(s => s.RecipientId, StringComparer.Ordinal)
            .ThenBy(s => s.Item).ThenBy(s => s.Seq).ToArray();

        var result = DayResult.Canonical(0, new DateOnly(2020, 3, 1), [], [], [], shipments: sorted);

        Assert.Equal(sorted, result.Shipments.ToArray(), ReferenceEqualityComparer.Instance);
    }

    [Property(Arbitrary = new[] { typeof(ShipmentLists) }, MaxTest = 200)]
    public void Lists_of_sorted_runs_match_the_stable_sort(Shipment[] shipments, PositiveInt runs)
    {
        // As the engines hand them over: warehouse by warehouse, each warehouse's shipments already in order, so the
        // merge sort sees a few long runs (and ties across runs, which must keep their given order).
        var size = Math.Max(1, shipments.Length / Math.Min(runs.Get, 8));
        var chunked = shipments.Chunk(size)
            .SelectMany(chunk => chunk.OrderBy(s => s.SenderId, StringComparer.Ordinal).ThenBy(s => s.RecipientId, StringComparer.Ordinal)
                .ThenBy(s => s.Item).ThenBy(s => s.Seq))
            .ToArray();

        var result = DayResult.Canonical(0, new DateOnly(2020, 3, 1), [], [], [], shipments: chunked);

        var expected = chunked.OrderBy(s => s.SenderId, StringComparer.Ordinal).ThenBy(s => s.RecipientId, StringComparer.Ordinal)
            .ThenBy(s => s.Item).ThenBy(s => s.Seq).ToArray();
        Assert.Equal(expected, result.Shipments.ToArray(), ReferenceEqualityComparer.Instance);
    }

    /// <summary>Lists of shipments drawn from a small id set (with exact duplicates), for the properties above.</summary>
    public static class ShipmentLists
    {
        public static Arbitrary<Shipment[]> Shipments() =>
            (from sender in Gen.Elements(Ids)
             from recipient in Gen.Elements(Ids)
             from item in Gen.Elements(SupplyItems.All.ToArray())
             from due in Gen.Choose(0, 5)
             from seq in Gen.Choose(0, 3)
             from quantity in Gen.Choose(1, 4)
             select new Shipment(sender, recipient, item, quantity, 0, due, seq))
            .ArrayOf()
            .ToArbitrary();
    }
}
