using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;

namespace Capacity.Domain.Tests.Supply;

/// <summary>The small supply helpers: demand history, reference use and stock-out events.</summary>
public sealed class StockLedgerTests
{
    private static readonly CareSettings Care = new(new LevelCare(5, 0.7, 0, 0), new LevelCare(10, 0.6, 0, 0), 60);

    [Fact]
    public void DemandHistory_keeps_the_last_window_days_oldest_first()
    {
        long[] days = [4, 8, 6, 2];

        var history = days.Aggregate(ImmutableArray<long>.Empty, (h, d) => DemandHistory.Push(h, d, 3));

        Assert.Equal([8L, 6, 2], history);
        Assert.Equal(16 / 3.0, DemandHistory.Mean(history));
        Assert.Equal(0, DemandHistory.Mean([]));
    }

    [Fact]
    public void Reference_use_is_full_beds_times_burn_rates_plus_their_turnover_times_per_admission_use()
    {
        var item = new ItemSettings(SupplyItem.GlovePair, 5, 2.5, 0.9, 0);

        var perDay = ReferenceUse.PerDay(new LevelCounts(10, 4), item, Care);
        var opening = ReferenceUse.OpeningStock(new LevelCounts(10, 4), item, Care, 7);

        // 10 × 5 + 4 × 2.5 + 0.9 × (10/5 + 4/10) = 62.16 a day; 7 days = 435.12.
        Assert.Equal(62.16, perDay, 1e-12);
        Assert.Equal(435, opening);
    }

    [Fact]
    public void Opening_stock_rounds_half_units_away_from_zero()
    {
        var item = new ItemSettings(SupplyItem.Gown, 0.5, 0, 0, 0);

        var opening = ReferenceUse.OpeningStock(new LevelCounts(1, 0), item, Care, 5);

        Assert.Equal(3, opening);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void A_stock_out_state_that_does_not_change_adds_no_event(bool wasShort, bool isShort)
    {
        var events = ImmutableArray.CreateBuilder<SimEvent>();

        StockKeeping.StockOutEvent(4, "h1", SupplyItem.N95Respirator, wasShort, isShort, 3, events);

        Assert.Empty(events);
    }

    [Fact]
    public void Consume_never_takes_more_than_the_shelf_and_carries_the_fraction()
    {
        var stock = new ItemStock(2, 0, 0.25, [], false);
        var item = new ItemSettings(SupplyItem.N95Respirator, 1.5, 0, 0, 0);

        var use = StockKeeping.Consume(stock, item, new LevelCounts(3, 0), 0, 7);

        // 0.25 + 3 × 1.5 = 4.75: demand 4, 2 from the shelf, 2 short, 0.75 carried.
        Assert.Equal((4L, 2L, 2L), (use.Demand, use.Consumed, use.Shortfall));
        Assert.Equal((0L, 0.75), (use.Next.OnHand, use.Next.Carry));
        Assert.Equal([4L], use.Next.RecentDemand);
    }
}
