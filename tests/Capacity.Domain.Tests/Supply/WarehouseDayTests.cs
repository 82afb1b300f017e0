using System.Collections.Immutable;
using Capacity.Domain.Network;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Supply;

/// <summary>
/// Shipping, rationing and backorders of one warehouse day. Lead times: supplier → central 14 days,
/// central → regional 3, regional → hospital 1; regional reorder rule 10 and 21 days, central 21 and 45.
/// </summary>
public sealed class WarehouseDayTests
{
    private const SupplyItem Mask = SupplyItem.SurgicalMask;
    internal static readonly Warehouse Regional = new("wh-o01", "Almacén o01", WarehouseKind.Ooad, "o01", "central");
    internal static readonly Warehouse Central = new("central", "Almacén central", WarehouseKind.Central, null, null);

    [Fact]
    public void Stock_that_covers_every_order_ships_it_in_full_to_arrive_after_the_hospital_lead_time()
    {
        var state = Open(Regional, onHand: 100);

        var (next, step) = WarehouseDay.Run(state, Input(5, [Order("h2", 20, 5, 0), Order("h1", 30, 5, 0)]), Parameters());

        Assert.Equal([Ship("wh-o01", "h1", 30, 5, 6, 0), Ship("wh-o01", "h2", 20, 5, 6, 1)], step.Shipments);
        Assert.Equal(50, step.Report.Stock[(int)Mask].Shipped);
        Assert.Equal(50, step.Report.Stock[(int)Mask].OnHand);
        Assert.Equal(50, step.Report.Stock[(int)Mask].InTransitOut);
        Assert.Equal(0, step.Report.Stock[(int)Mask].Backordered);
        Assert.Empty(next.Backorders);
    }

    [Fact]
    public void The_central_warehouse_ships_with_the_central_to_regional_lead_time()
    {
        var state = Open(Central, onHand: 100);

        var (_, step) = WarehouseDay.Run(state, Input(2, [Order("wh-o01", 40, 1, 0, due: 2, to: "central")]), Parameters());

        Assert.Equal(Ship("central", "wh-o01", 40, 2, 5, 0), step.Shipments[0]);
    }

    [Fact]
    public void A_umae_warehouse_ships_with_the_hospital_lead_time()
    {
        var umae = new Warehouse("wh-o01-umae-01", "Almacén UMAE", WarehouseKind.Umae, "o01", "central");
        var state = Open(umae, onHand: 100);

        var (_, step) = WarehouseDay.Run(state, Input(4, [Order("o01-umae-01", 12, 4, 0, to: umae.Id)]), Parameters());

        Assert.Equal(Ship(umae.Id, "o01-umae-01", 12, 4, 5, 0), step.Shipments[0]);
    }

    [Fact]
    public void Short_stock_is_rationed_in_proportion_to_what_each_node_is_owed_and_the_rest_is_backordered()
    {
        var state = Open(Regional, onHand: 7);

        var (next, step) = WarehouseDay.Run(state, Input(0, [Order("h1", 3, 0, 0), Order("h2", 5, 0, 0), Order("h3", 2, 0, 0)]), Parameters());

        // 7 of 10: 2.1, 3.5 and 1.4, so the spare unit goes to h2.
        Assert.Equal([Ship("wh-o01", "h1", 2, 0, 1, 0), Ship("wh-o01", "h2", 4, 0, 1, 1), Ship("wh-o01", "h3", 1, 0, 1, 2)], step.Shipments);
        Assert.Equal([new Backorder("h1", Mask, 1), new Backorder("h2", Mask, 1), new Backorder("h3", Mask, 1)], next.Backorders);
        Assert.Equal((0L, 3L, true), (step.Report.Stock[(int)Mask].OnHand, step.Report.Stock[(int)Mask].Backordered, step.Report.Stock[(int)Mask].StockOut));
        Assert.Equal([new SimEvent(0, "wh-o01", EventKind.StockOutStarted, "surgical_mask", "unmet 3")], step.Events);
    }

    [Fact]
    public void Equal_claims_give_the_spare_unit_to_the_first_requester_by_id()
    {
        var state = Open(Regional, onHand: 10);

        var (_, step) = WarehouseDay.Run(state, Input(0, [Order("h3", 5, 0, 0), Order("h2", 5, 0, 0), Order("h1", 5, 0, 0)]), Parameters());

        Assert.Equal([4L, 3, 3], step.Shipments.Where(s => s.SenderId == "wh-o01").Select(s => s.Quantity));
        Assert.Equal(["h1", "h2", "h3"], step.Shipments.Where(s => s.SenderId == "wh-o01").Select(s => s.RecipientId));
    }

    [Fact]
    public void Backorders_are_filled_with_the_next_orders_once_stock_arrives()
    {
        var state = Open(Regional, onHand: 7);
        var (rationed, _) = WarehouseDay.Run(state, Input(0, [Order("h1", 3, 0, 0), Order("h2", 5, 0, 0), Order("h3", 2, 0, 0)]), Parameters());
        var arriving = Ship("central", "wh-o01", 20, -2, 1, 0);

        var (next, step) = WarehouseDay.Run(rationed, Input(1, [Order("h1", 4, 1, 1)], [arriving]), Parameters());

        var outbound = step.Shipments.Where(s => s.SenderId == "wh-o01").ToArray();
        // Day 0 used sequence numbers 0-2 for shipments and 3 for its reorder.
        Assert.Equal([Ship("wh-o01", "h1", 5, 1, 2, 4), Ship("wh-o01", "h2", 1, 1, 2, 5), Ship("wh-o01", "h3", 1, 1, 2, 6)], outbound);
        Assert.Empty(next.Backorders);
        var line = step.Report.Stock[(int)Mask];
        Assert.Equal((20L, 4L, 7L, 13L, 0L), (line.Received, line.Requested, line.Shipped, line.OnHand, line.Backordered));
        Assert.Contains(new SimEvent(1, "wh-o01", EventKind.StockOutEnded, "surgical_mask", "demand met"), step.Events);
    }

    [Fact]
    public void Inbound_shipments_and_orders_wait_in_the_inbox_until_their_due_day()
    {
        var state = Open(Regional, onHand: 0) with { Items = Items(0).SetItem((int)Mask, new WarehouseItem(0, 20, 0, [], false)) };
        var shipment = Ship("central", "wh-o01", 20, 0, 3, 0);
        var order = Order("h1", 6, 1, 0, due: 3);

        var (day1, step1) = WarehouseDay.Run(state, Input(1, [order], [shipment]), Parameters());
        var (day2, step2) = WarehouseDay.Run(day1, Input(2), Parameters());
        var (_, step3) = WarehouseDay.Run(day2, Input(3), Parameters());

        Assert.Equal([0L, 0, 20], new[] { step1, step2, step3 }.Select(s => s.Report.Stock[(int)Mask].Received));
        Assert.Equal([0L, 0, 6], new[] { step1, step2, step3 }.Select(s => s.Report.Stock[(int)Mask].Requested));
        Assert.Equal([Ship("wh-o01", "h1", 6, 3, 4, 0)], step3.Shipments);
        // The 20 on order arrived; 14 on hand is below 10 days of the mean request (2), so 42 − 14 = 28 are reordered.
        Assert.Equal((14L, 28L), (step3.Report.Stock[(int)Mask].OnHand, step3.Report.Stock[(int)Mask].OnOrder));
    }

    [Fact]
    public void Outbound_shipments_count_as_in_transit_until_their_due_day()
    {
        var state = Open(Central, onHand: 100);
        var (next, first) = WarehouseDay.Run(state, Input(0, [Order("wh-o01", 40, 0, 0, to: "central")]), Parameters());
        var inTransit = new List<long> { first.Report.Stock[(int)Mask].InTransitOut };

        for (var day = 1; day <= 4; day++)
        {
            (next, var step) = WarehouseDay.Run(next, Input(day), Parameters());
            inTransit.Add(step.Report.Stock[(int)Mask].InTransitOut);
        }

        Assert.Equal([40L, 40, 40, 0, 0], inTransit);
        Assert.Empty(next.InTransit);
    }

    internal static ModelParameters Parameters() => TestScenarios.Parameters();

    internal static WarehouseState Open(Warehouse warehouse, long onHand) =>
        new(warehouse, Items(onHand), Inbox<ReplenishmentOrder>.Empty, Inbox<Shipment>.Empty, [], [], 0, default, ImmutableSortedDictionary<string, string>.Empty);

    /// <summary>Masks on the shelf; every other item empty and without requests, so it never reorders.</summary>
    internal static ImmutableArray<WarehouseItem> Items(long maskOnHand) =>
        SupplyItems.All.Select(item => new WarehouseItem(item == Mask ? maskOnHand : 0, 0, 0, [], false)).ToImmutableArray();

    internal static WarehouseDayInput Input(int day, ReplenishmentOrder[]? orders = null, Shipment[]? shipments = null) =>
        new(day, [.. orders ?? []], [.. shipments ?? []]);

    internal static ReplenishmentOrder Order(string from, long quantity, int placed, int seq, int? due = null, string to = "wh-o01") =>
        new(from, to, Mask, quantity, placed, due ?? placed, seq);

    internal static Shipment Ship(string from, string to, long quantity, int shipped, int due, int seq) =>
        new(from, to, Mask, quantity, shipped, due, seq);
}
