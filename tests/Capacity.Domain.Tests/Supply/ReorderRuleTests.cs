using Capacity.Domain.Supply;

namespace Capacity.Domain.Tests.Supply;

public sealed class ReorderRuleTests
{
    private static readonly ReorderRule SevenAndFourteen = new(7, 14);

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(-50, 0.0)]
    [InlineData(10, -1.0)]
    public void Without_forecast_demand_nothing_is_ordered(long position, double forecast)
    {
        var quantity = SevenAndFourteen.OrderQuantity(position, forecast);

        Assert.Equal(0, quantity);
    }

    [Theory]
    [InlineData(70, 10.0)]
    [InlineData(71, 10.0)]
    [InlineData(1_000, 2.5)]
    public void A_position_at_or_above_the_reorder_point_orders_nothing(long position, double forecast)
    {
        var quantity = SevenAndFourteen.OrderQuantity(position, forecast);

        Assert.Equal(0, quantity);
    }

    [Theory]
    [InlineData(69, 10.0, 71)]
    [InlineData(10, 2.5, 25)]
    [InlineData(0, 1 / 3.0, 5)]
    [InlineData(-20, 1.0, 34)]
    public void A_position_below_the_reorder_point_orders_up_to_the_order_up_to_level_rounded_up(long position, double forecast, long expected)
    {
        var quantity = SevenAndFourteen.OrderQuantity(position, forecast);

        Assert.Equal(expected, quantity);
    }

    [Fact]
    public void An_order_up_to_level_below_the_position_orders_nothing()
    {
        var inverted = new ReorderRule(10, 5);

        var quantity = inverted.OrderQuantity(8, 1.0);

        Assert.Equal(0, quantity);
    }
}
