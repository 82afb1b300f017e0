using Capacity.Domain.Care;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Care;

/// <summary>PPE use, stock-outs, reorders and receipts of one hospital day (hospital reorder rule: 7 and 14 days).</summary>
public sealed class HospitalDayStockTests
{
    private const SupplyItem Mask = SupplyItem.SurgicalMask;

    [Fact]
    public void Demand_is_census_times_rates_plus_admissions_times_per_admission_use_with_the_fraction_carried()
    {
        // Day 0: 2 × 0.9 + 1 × 2 + 3 × 0.5 = 5.3; then 3.8 a day: 5.3, 4.1, 3.9, 4.7, 4.5 with carries .3, .1, .9, .7, .5.
        var bench = Bench(new ItemSettings(Mask, 0.9, 2, 0.5, 1_000), new LevelCounts(10, 10)).WithOnHand(Mask, 100);

        var lines = new[] { new LevelCounts(2, 1), default, default, default, default }
            .Select(arrivals => bench.Step(arrivals).Report.Stock[(int)Mask])
            .ToArray();

        Assert.Equal([5L, 4, 3, 4, 4], lines.Select(l => l.Demand));
        Assert.Equal([5L, 4, 3, 4, 4], lines.Select(l => l.Consumed));
        Assert.Equal([95L, 91, 88, 84, 80], lines.Select(l => l.OnHand));
        Assert.Equal(0.5, bench.State.Stock[(int)Mask].Carry, 1e-9);
    }

    [Fact]
    public void Per_admission_use_of_0_9_issues_0_then_1_unit_a_day_and_9_units_for_10_admissions()
    {
        var bench = Bench(new ItemSettings(SupplyItem.Goggles, 0, 0, 0.9, 1_000), new LevelCounts(20, 0));

        var demand = Enumerable.Range(0, 10)
            .Select(_ => bench.Step(new LevelCounts(1, 0)).Report.Stock[(int)SupplyItem.Goggles].Demand)
            .ToArray();

        Assert.Equal([0L, 1, 1, 1, 1, 1, 1, 1, 1, 1], demand);
        Assert.Equal(0.0, bench.State.Stock[(int)SupplyItem.Goggles].Carry, 1e-9);
    }

    [Fact]
    public void Demand_beyond_the_shelf_is_a_shortfall_with_one_start_and_one_end_event()
    {
        var bench = Bench(new ItemSettings(Mask, 1, 0, 0, 1_000), new LevelCounts(10, 0)).WithOnHand(Mask, 3);

        var steps = new[]
        {
            bench.Step(new LevelCounts(5, 0)),
            bench.Step(default),
            bench.Step(default, new Shipment("wh-o01", "h1", Mask, 70, 1, 2, 0)),
        };

        Assert.Equal(new HospitalStock(Mask, 0, 70, 0, 5, 3, 2, 5), steps[0].Report.Stock[(int)Mask]);
        Assert.Equal(new HospitalStock(Mask, 0, 70, 0, 5, 0, 5, 5), steps[1].Report.Stock[(int)Mask]);
        Assert.Equal(new HospitalStock(Mask, 65, 0, 70, 5, 5, 0, 5), steps[2].Report.Stock[(int)Mask]);
        Assert.Equal(
            [
                new SimEvent(0, "h1", EventKind.StockOutStarted, "surgical_mask", "unmet 2"),
                new SimEvent(2, "h1", EventKind.StockOutEnded, "surgical_mask", "demand met"),
            ],
            steps.SelectMany(s => s.Events));
        Assert.True(steps[1].Report.Stock[(int)Mask].StockOut);
    }

    [Fact]
    public void A_position_below_the_reorder_point_orders_up_to_the_order_up_to_level_rounded_up()
    {
        // 3 ward patients at 1.5 units: demand 4, 5, 4, 5. On day 2 the mean is 13/3, the reorder point 30.33 and the
        // position 42 − 13 = 29, so the hospital orders ⌈14 × 13/3 − 29⌉ = ⌈31.67⌉ = 32.
        var bench = Bench(new ItemSettings(Mask, 1.5, 0, 0, 1_000), new LevelCounts(10, 0)).WithOnHand(Mask, 42);

        var steps = new[] { bench.Step(new LevelCounts(3, 0)), bench.Step(default), bench.Step(default), bench.Step(default) };

        Assert.Empty(steps[0].Orders);
        Assert.Empty(steps[1].Orders);
        Assert.Equal([new ReplenishmentOrder("h1", "wh-o01", Mask, 32, 2, 2, 0)], steps[2].Orders);
        Assert.Equal(new HospitalStock(Mask, 29, 32, 0, 4, 4, 0, 13 / 3.0), steps[2].Report.Stock[(int)Mask]);
        Assert.Empty(steps[3].Orders);
        Assert.Equal(1, bench.State.NextSeq);
    }

    [Fact]
    public void Orders_get_consecutive_sequence_numbers_across_items_and_days()
    {
        // Day 0: demand 1, position 0 → order 14. Day 1: demand 10, mean 5.5, position 14 < 38.5 → order ⌈77 − 14⌉ = 63.
        var bench = Bench(
            [new ItemSettings(Mask, 1, 0, 0, 1_000), new ItemSettings(SupplyItem.Gown, 1, 0, 0, 1_000)],
            new LevelCounts(10, 0));
        bench.WithOnHand(Mask, 0).WithOnHand(SupplyItem.Gown, 0);

        var first = bench.Step(new LevelCounts(1, 0)).Orders;
        var second = bench.Step(new LevelCounts(9, 0)).Orders;

        Assert.Equal(
            [new ReplenishmentOrder("h1", "wh-o01", Mask, 14, 0, 0, 0), new ReplenishmentOrder("h1", "wh-o01", SupplyItem.Gown, 14, 0, 0, 1)],
            first);
        Assert.Equal(
            [new ReplenishmentOrder("h1", "wh-o01", Mask, 63, 1, 1, 2), new ReplenishmentOrder("h1", "wh-o01", SupplyItem.Gown, 63, 1, 1, 3)],
            second);
    }

    [Fact]
    public void Shipments_are_booked_on_their_due_day_and_not_before()
    {
        var bench = Bench(new ItemSettings(Mask, 0, 0, 0, 1_000), new LevelCounts(10, 0)).WithOnHand(Mask, 10);

        var lines = new[]
        {
            bench.Step(default, new Shipment("wh-o01", "h1", Mask, 25, 0, 2, 0), new Shipment("wh-o01", "h1", Mask, 5, 0, 9, 1)),
            bench.Step(default, new Shipment("wh-o01", "h1", Mask, 7, 1, 2, 2)),
            bench.Step(default),
            bench.Step(default),
        }.Select(s => s.Report.Stock[(int)Mask]).ToArray();

        Assert.Equal([0L, 0, 32, 0], lines.Select(l => l.Received));
        Assert.Equal([10L, 10, 42, 42], lines.Select(l => l.OnHand));
        Assert.Equal([new Shipment("wh-o01", "h1", Mask, 5, 0, 9, 1)], bench.State.Inbox.Pending);
    }

    private static HospitalBench Bench(ItemSettings item, LevelCounts beds) => Bench([item], beds);

    private static HospitalBench Bench(ItemSettings[] items, LevelCounts beds) =>
        new(beds, HospitalBench.Parameters(items: HospitalBench.Items(items)), HospitalBench.StayForever);
}
