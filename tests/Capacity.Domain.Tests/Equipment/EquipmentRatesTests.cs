using Capacity.Domain.Equipment;

namespace Capacity.Domain.Tests.Equipment;

public sealed class EquipmentRatesTests
{
    private static readonly EquipmentRates Standard = new(1, 1, 1, 1, 0.1);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(30, 3)]
    [InlineData(31, 4)]
    public void A_crash_cart_serves_ten_places_rounded_up(int places, int carts)
    {
        Assert.Equal(carts, Standard.Units(EquipmentItem.CrashCart, places));
    }

    [Fact]
    public void Each_place_needs_one_ventilator_monitor_pump_and_outlet()
    {
        Assert.Equal(new EquipmentUnits(25, 25, 25, 25, 3), Standard.UnitsFor(25));
    }

    [Theory]
    [InlineData(347, 3470)]
    [InlineData(0, 0)]
    [InlineData(1, 10)]
    public void Crash_carts_equip_ten_places_each_exactly(int carts, int places)
    {
        Assert.Equal(places, Standard.Places(EquipmentItem.CrashCart, carts));
    }

    [Fact]
    public void The_item_giving_the_fewest_places_binds()
    {
        var stock = new EquipmentUnits(Ventilators: 100, Monitors: 40, InfusionPumps: 500, OxygenOutlets: 500, CrashCarts: 5);

        Assert.Equal(new EquippedPlaces(40, EquipmentItem.Monitor), Standard.Equipped(stock));
    }

    [Fact]
    public void On_a_tie_the_first_item_in_order_binds()
    {
        var stock = new EquipmentUnits(50, 50, 50, 50, 5);

        Assert.Equal(new EquippedPlaces(50, EquipmentItem.Ventilator), Standard.Equipped(stock));
    }

    [Fact]
    public void An_item_not_required_never_binds()
    {
        var rates = Standard with { Ventilator = 0 };

        var equipped = rates.Equipped(new EquipmentUnits(0, 20, 20, 20, 2));

        Assert.Equal(new EquippedPlaces(20, EquipmentItem.Monitor), equipped);
        Assert.Equal(new EquippedPlaces(int.MaxValue, null), EquipmentRates.Zero.Equipped(EquipmentUnits.None));
    }
}
