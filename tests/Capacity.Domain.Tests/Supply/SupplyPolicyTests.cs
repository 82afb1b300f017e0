using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Shocks;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Domain.Tests.Support;
using static Capacity.Domain.Tests.Supply.WarehouseDayTests;

namespace Capacity.Domain.Tests.Supply;

/// <summary>The supply policies: min-max levels, the central warehouse's push, and how they differ under a supplier delay.</summary>
public sealed class SupplyPolicyTests
{
    private const SupplyItem Mask = SupplyItem.SurgicalMask;

    [Theory]
    [InlineData(100, 0)]
    [InlineData(70, 70)]
    [InlineData(20, 120)]
    public void Min_max_orders_up_to_the_maximum_when_the_position_is_at_or_below_the_minimum_of_reference_use(long position, long expected)
    {
        // Reference use 10 a day: s = 7 days = 70, S = 14 days = 140; the moving forecast is ignored.
        var quantity = MinMaxPolicy.Instance.OrderQuantity(new ReorderRule(7, 14), position, forecastPerDay: 1_000, referencePerDay: 10);

        Assert.Equal(expected, quantity);
    }

    [Fact]
    public void Days_of_supply_is_the_reorder_rule_on_the_moving_forecast()
    {
        var rule = new ReorderRule(7, 14);

        Assert.Equal(rule.OrderQuantity(20, 10), DaysOfSupplyPolicy.Instance.OrderQuantity(rule, 20, 10, referencePerDay: 1_000));
    }

    [Fact]
    public void Under_push_regional_warehouses_never_order_and_hospitals_keep_days_of_supply()
    {
        Assert.Same(NoReorderPolicy.Instance, SupplyPolicies.For(SupplyPolicyKind.PushProportional, SupplyTier.Regional));
        Assert.Same(DaysOfSupplyPolicy.Instance, SupplyPolicies.For(SupplyPolicyKind.PushProportional, SupplyTier.Hospital));
        Assert.Same(MinMaxPolicy.Instance, SupplyPolicies.For(SupplyPolicyKind.PullMinMax, SupplyTier.Regional));
        Assert.Same(DaysOfSupplyPolicy.Instance, SupplyPolicies.For(SupplyPolicyKind.PullMinMax, SupplyTier.Central));
    }

    [Fact]
    public void The_central_warehouse_pushes_what_it_holds_beyond_its_reserve_in_proportion_to_the_beds_served()
    {
        var parameters = Parameters() with { Supply = Parameters().Supply with { Policy = SupplyPolicyKind.PushProportional } };
        var input = Input(3) with { BedsServed = [new WarehouseBeds("wh-o01", 30), new WarehouseBeds("wh-o02", 10), new WarehouseBeds("wh-o03", 0)] };

        var (next, step) = WarehouseDay.Run(Open(WarehouseDayTests.Central, onHand: 1_000), input, parameters);

        var pushed = step.Shipments.Where(s => s.SenderId == "central" && s.Item == Mask).Select(s => (s.RecipientId, s.Quantity, s.DueDay));
        Assert.Equal([("wh-o01", 750L, 6), ("wh-o02", 250L, 6)], pushed);
        Assert.Equal(0, next.Items[(int)Mask].OnHand);
    }

    [Fact]
    public void Under_push_the_central_warehouse_keeps_one_day_of_supplier_capacity_on_order()
    {
        var parameters = Parameters() with { Supply = Parameters().Supply with { Policy = SupplyPolicyKind.PushProportional } };

        var (next, step) = WarehouseDay.Run(Open(WarehouseDayTests.Central, onHand: 0), Input(0), parameters);

        Assert.Equal(5_000, step.Shipments.Single(s => s.SenderId == WarehouseDay.SupplierId && s.Item == Mask).Quantity);
        Assert.Equal(0, next.Items[(int)Mask].SupplierBacklog);
    }

    [Fact]
    public void Push_and_pull_give_different_stock_outs_under_a_supplier_delay()
    {
        // Thin opening stock and supply, so the delayed releases bite; the same network, seed and demand for both.
        var delay = new Shock(ShockKind.SupplierDelay, new DateOnly(2020, 3, 5), 40, 4, null, SupplyItem.N95Respirator);
        var parameters = TestScenarios.Parameters(days: 70, attackRate: 0.03);
        var supply = parameters.Supply with
        {
            InitialStock = new InitialStock(3, 3, 3),
            Items = parameters.Supply.Items.SetItem((int)SupplyItem.N95Respirator, parameters.Supply[SupplyItem.N95Respirator] with { SupplierDailyCapacity = 400 }),
        };
        var scenario = TestScenarios.Scenario(parameters: parameters with { Supply = supply }) with { Shocks = [delay] };

        var pull = StockOutDays(scenario);
        var push = StockOutDays(scenario with { Supply = scenario.Supply with { Policy = SupplyPolicyKind.PushProportional } });

        Assert.NotEqual(pull, push);
        Assert.True(pull + push > 0, "the delay bites under at least one policy");
    }

    [Fact]
    public void Per_team_use_adds_the_erc_teams_of_the_beds_times_the_rate_to_demand()
    {
        var item = new ItemSettings(SupplyItem.N95Respirator, 3, 2, 0, 0, PerTeamDay: 2);
        var stock = new ItemStock(1_000, 0, 0, [], false);

        var use = StockKeeping.Consume(stock, item, new LevelCounts(10, 0), 0, 7, ReferenceUse.StaffUse(new LevelCounts(30, 10), item));

        // 10 ward patients × 3 + ⌈40 ÷ 24⌉ = 2 blocks × 4.5 shift groups = 9 teams × 2.
        Assert.Equal(30 + 18, use.Demand);
    }

    internal static int StockOutDays(Scenario scenario) =>
        SimulationRuns.Run(scenario).Sum(d => d.Hospitals.Count(h => h.Stock[(int)SupplyItem.N95Respirator].StockOut));
}
