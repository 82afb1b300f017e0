using Capacity.Domain.Equipment;

namespace Capacity.Domain.Tests.Equipment;

public sealed class OoadEquipmentTests
{
    private static readonly DateOnly From = new(2020, 3, 30);
    private static readonly DateOnly To = new(2020, 6, 30);

    [Fact]
    public void A_batch_arrives_evenly_in_whole_units_from_its_first_to_its_last_day()
    {
        // 93 delivery days: 93 units arrive one a day.
        var batch = new EquipmentDelivery(EquipmentItem.Ventilator, 93, From, To);

        Assert.Equal(0, batch.DeliveredBy(From.AddDays(-1)));
        Assert.Equal(1, batch.DeliveredBy(From));
        Assert.Equal(46, batch.DeliveredBy(From.AddDays(45)));
        Assert.Equal(93, batch.DeliveredBy(To));
        Assert.Equal(93, batch.DeliveredBy(To.AddDays(100)));
    }

    [Fact]
    public void Delivered_units_never_fall_and_end_at_the_quantity()
    {
        var batch = new EquipmentDelivery(EquipmentItem.Monitor, 1828, From, To);

        var daily = Enumerable.Range(-5, 110).Select(d => batch.DeliveredBy(From.AddDays(d))).ToArray();

        Assert.True(daily.Zip(daily.Skip(1)).All(p => p.First <= p.Second));
        Assert.Equal(1828, daily[^1]);
    }

    [Fact]
    public void The_inventory_on_a_date_is_the_baseline_plus_what_has_arrived()
    {
        var equipment = new OoadEquipment(
            "o01",
            new EquipmentRates(1, 1, 1, 1, 0.1),
            new EquipmentUnits(10, 10, 100, 100, 1),
            [new(EquipmentItem.Ventilator, 93, From, To, "o01"), new(EquipmentItem.Monitor, 31, From, From.AddDays(30), "o01")]);

        Assert.Equal(new EquipmentUnits(10, 10, 100, 100, 1), equipment.On(From.AddDays(-1)));
        Assert.Equal(new EquipmentUnits(20, 20, 100, 100, 1), equipment.On(From.AddDays(9)));
        Assert.Equal(new EquippedPlaces(10, EquipmentItem.CrashCart), equipment.Equipped(From.AddDays(9)));
        Assert.Equal(new EquipmentUnits(103, 41, 100, 100, 1), equipment.On(To));
    }
}
