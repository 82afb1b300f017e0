using Capacity.Domain.Supply;
using static Capacity.Domain.Tests.Supply.WarehouseDayTests;

namespace Capacity.Domain.Tests.Supply;

/// <summary>
/// Reorders of one warehouse day: regional warehouses order from the central warehouse (due the next day),
/// the central warehouse from its suppliers, who deliver at most their daily capacity.
/// </summary>
public sealed class WarehouseDayReorderTests
{
    private const SupplyItem Mask = SupplyItem.SurgicalMask;

    [Fact]
    public void A_regional_warehouse_below_its_reorder_point_orders_from_the_central_warehouse_for_the_next_day()
    {
        var state = Open(Regional, onHand: 10);

        var (next, step) = WarehouseDay.Run(state, Input(3, [Order("h1", 5, 3, 0)]), Parameters());

        // Mean request 5: position 5 < 10 × 5, so it orders 21 × 5 − 5 = 100.
        Assert.Equal([new ReplenishmentOrder("wh-o01", "central", Mask, 100, 3, 4, 1)], step.Orders);
        Assert.Equal(100, next.Items[(int)Mask].OnOrder);
        Assert.Equal(2, next.NextSeq);
    }

    [Fact]
    public void Units_owed_downstream_lower_the_position()
    {
        var state = Open(Regional, onHand: 0) with { Items = Items(0).SetItem((int)Mask, new WarehouseItem(0, 30, 0, [], false)) };

        var (_, step) = WarehouseDay.Run(state, Input(0, [Order("h1", 40, 0, 0)]), Parameters());

        // Position 0 + 30 − 40 = −10 < 10 × 40: order 21 × 40 + 10 = 850.
        Assert.Equal([new ReplenishmentOrder("wh-o01", "central", Mask, 850, 0, 1, 0)], step.Orders);
    }

    [Fact]
    public void A_warehouse_at_or_above_its_reorder_point_does_not_order()
    {
        var state = Open(Regional, onHand: 55);

        var (_, step) = WarehouseDay.Run(state, Input(0, [Order("h1", 5, 0, 0)]), Parameters());

        Assert.Empty(step.Orders);
        Assert.Equal(0, step.Report.Stock[(int)Mask].OnOrder);
    }

    [Fact]
    public void The_central_warehouse_orders_into_the_supplier_backlog_which_is_released_at_daily_capacity()
    {
        var parameters = Parameters();
        parameters = parameters with
        {
            Supply = parameters.Supply with { Items = parameters.Supply.Items.SetItem((int)Mask, new ItemSettings(Mask, 5, 2.5, 0, 100)) },
        };
        var state = Open(Central, onHand: 10);

        var (day0, step0) = WarehouseDay.Run(state, Input(0, [Order("wh-o01", 5, 0, 0, to: "central")]), parameters);
        var (day1, step1) = WarehouseDay.Run(day0, Input(1), parameters);
        var (day2, step2) = WarehouseDay.Run(day1, Input(2), parameters);
        var (day3, step3) = WarehouseDay.Run(day2, Input(3), parameters);

        // Mean request 5, position 5 < 21 × 5: order 45 × 5 − 5 = 220 from suppliers, who deliver 100, 100, 20.
        Assert.Empty(step0.Orders);
        Assert.Equal([Ship("central", "wh-o01", 5, 0, 3, 0), Ship(WarehouseDay.SupplierId, "central", 100, 0, 14, 1)], step0.Shipments);
        Assert.Equal([Ship(WarehouseDay.SupplierId, "central", 100, 1, 15, 2)], step1.Shipments);
        Assert.Equal([Ship(WarehouseDay.SupplierId, "central", 20, 2, 16, 3)], step2.Shipments);
        Assert.Empty(step3.Shipments);
        Assert.Equal([120L, 20, 0, 0], new[] { day0, day1, day2, day3 }.Select(s => s.Items[(int)Mask].SupplierBacklog));
        Assert.Equal(new WarehouseStock(Mask, 5, 220, 5, 0, 5, 5, 0, 5), step0.Report.Stock[(int)Mask]);
    }

    [Fact]
    public void Supplier_deliveries_are_booked_by_the_central_warehouse_on_their_due_day()
    {
        var state = Open(Central, onHand: 0) with { Items = Items(0).SetItem((int)Mask, new WarehouseItem(0, 100, 0, [], false)) };
        var delivery = Ship(WarehouseDay.SupplierId, "central", 100, 0, 14, 1);

        var (day13, step13) = WarehouseDay.Run(state, Input(13, shipments: [delivery]), Parameters());
        var (_, step14) = WarehouseDay.Run(day13, Input(14), Parameters());

        Assert.Equal(0, step13.Report.Stock[(int)Mask].Received);
        Assert.Equal((100L, 100L, 0L), (step14.Report.Stock[(int)Mask].Received, step14.Report.Stock[(int)Mask].OnHand, step14.Report.Stock[(int)Mask].OnOrder));
    }
}
