using System.Collections.Immutable;
using Capacity.Domain.Oxygen;
using Capacity.Domain.Shocks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Oxygen;

/// <summary>An OOAD's oxygen plant: dispatch, rationing, deliveries, outages (<see cref="OxygenPlant"/>).</summary>
public sealed class OxygenPlantTests
{
    private static readonly DateOnly Start = new(2020, 6, 1);

    [Fact]
    public void A_short_plant_shares_its_capacity_in_proportion_to_what_each_hospital_is_owed()
    {
        var plant = OxygenPlant.Open("o01", 100);

        var (next, report) = plant.Run(0, Start, [("a", 30), ("b", 90)], OxygenBench.Settings(), []);

        Assert.Equal([new OxygenDelivery("a", 1, 25), new OxygenDelivery("b", 1, 75)], next.InTransit.AsEnumerable());
        Assert.Equal([KeyValuePair.Create("a", 5L), KeyValuePair.Create("b", 15L)], next.Backlog.AsEnumerable());
        Assert.Equal(new OxygenPlantReport(0, "o01", 100, 120, 100, 20, 100), report);
    }

    [Fact]
    public void Rationing_is_largest_remainder_and_never_ships_more_than_is_owed()
    {
        Assert.Equal([34L, 33, 33], OxygenPlant.Ration(100, [50, 50, 50]));
        Assert.Equal([1L, 0, 0], OxygenPlant.Ration(1, [1, 1, 1]));
        Assert.Equal([0L, 0], OxygenPlant.Ration(0, [10, 20]));
    }

    [Fact]
    public void What_is_owed_ships_first_on_the_next_day_and_arrives_after_the_lead_time()
    {
        var settings = OxygenBench.Settings() with { LeadTimeDays = 2 };
        var (day0, _) = OxygenPlant.Open("o01", 100).Run(0, Start, [("a", 30), ("b", 90)], settings, []);

        var (day1, report) = day0.Run(1, Start.AddDays(1), [], settings, []);
        var (afterTwo, deliveredTwo) = day1.Deliver(2);
        var (_, deliveredThree) = afterTwo.Deliver(3);

        Assert.Equal((20L, 0L), (report.Shipped, report.Backlog));
        Assert.Equal([KeyValuePair.Create("a", 25L), KeyValuePair.Create("b", 75L)], deliveredTwo.AsEnumerable());
        Assert.Equal([KeyValuePair.Create("a", 5L), KeyValuePair.Create("b", 15L)], deliveredThree.AsEnumerable());
    }

    [Fact]
    public void An_outage_takes_its_share_of_the_named_plant_while_it_lasts()
    {
        ImmutableArray<Shock> shocks = [new Shock(ShockKind.OxygenPlantOutage, Start, 2, 1, "o01"), new Shock(ShockKind.OxygenPlantOutage, Start.AddDays(2), 1, 0.25, null)];
        var settings = OxygenBench.Settings();

        var capacity = Enumerable.Range(0, 4)
            .Select(d => OxygenPlant.Open("o01", 100).Run(d, Start.AddDays(d), [("a", 500)], settings, shocks).Report)
            .Select(r => (r.Capacity, r.Shipped))
            .ToArray();
        var other = OxygenPlant.Open("o02", 100).Run(0, Start, [("x", 500)], settings, shocks).Report;

        Assert.Equal([(0L, 0L), (0L, 0L), (75L, 75L), (100L, 100L)], capacity);
        Assert.Equal(100L, other.Capacity);
    }

    [Property(Arbitrary = new[] { typeof(PlantCases) }, MaxTest = 200)]
    public void What_the_plant_ships_is_delivered_or_still_on_a_truck_and_what_is_ordered_is_shipped_or_owed(PlantCase plantCase)
    {
        var settings = OxygenBench.Settings() with { LeadTimeDays = plantCase.Lead };
        var plant = OxygenPlant.Open("o01", plantCase.Capacity);
        var (ordered, shipped, delivered) = (0L, 0L, 0L);
        for (var day = 0; day < plantCase.Orders.Length; day++)
        {
            var (afterDelivery, drops) = plant.Deliver(day);
            delivered += drops.Values.Sum();
            var orders = plantCase.Orders[day].Select((litres, i) => ($"h{i}", (long)litres)).ToArray();
            (plant, var report) = afterDelivery.Run(day, Start.AddDays(day), orders, settings, []);
            ordered += orders.Sum(o => o.Item2);
            shipped += report.Shipped;

            Assert.True(report.Shipped <= report.Capacity, $"day {day}: shipped {report.Shipped} > capacity {report.Capacity}");
            Assert.Equal(shipped, delivered + plant.InTransitLitres);
            Assert.Equal(ordered, shipped + plant.Backlog.Values.Sum());
            Assert.All(plant.InTransit, d => Assert.InRange(d.DueDay, day + 1, day + plantCase.Lead));
        }
    }

    /// <summary>A plant's capacity, lead time and each day's orders from up to four hospitals.</summary>
    public sealed record PlantCase(long Capacity, int Lead, int[][] Orders);

    /// <summary>Random plants and order books.</summary>
    public static class PlantCases
    {
        public static Arbitrary<PlantCase> Cases() =>
            (from capacity in Gen.Choose(0, 500)
             from lead in Gen.Choose(1, 4)
             from days in Gen.Choose(1, 20)
             from orders in Gen.Choose(0, 300).ArrayOf(4).ArrayOf(days)
             select new PlantCase(capacity, lead, orders))
            .ToArbitrary();
    }
}
