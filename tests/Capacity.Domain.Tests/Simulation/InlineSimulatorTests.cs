using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Simulation;

public sealed class InlineSimulatorTests
{
    [Fact]
    public async Task Days_must_be_stepped_in_order_from_zero()
    {
        await using var engine = new InlineSimulator(TestScenarios.Scenario(days: 5));

        await Assert.ThrowsAsync<InvalidOperationException>(() => engine.StepAsync(1).AsTask());
        await engine.StepAsync(0);
        await Assert.ThrowsAsync<InvalidOperationException>(() => engine.StepAsync(0).AsTask());
    }

    [Fact]
    public void Results_are_dated_and_list_hospitals_and_warehouses_in_ordinal_id_order()
    {
        var scenario = TestScenarios.Scenario(days: 3);

        var days = SimulationRuns.Run(scenario);

        Assert.Equal([new DateOnly(2020, 3, 1), new DateOnly(2020, 3, 2), new DateOnly(2020, 3, 3)], days.Select(d => d.Date));
        Assert.All(days, d => Assert.Equal(scenario.Network.Hospitals.Select(h => h.Id), d.Hospitals.Select(h => h.HospitalId)));
        Assert.All(days, d => Assert.Equal(["central", "wh-o01", "wh-o01-umae-01", "wh-o02", "wh-o03"], d.Warehouses.Select(w => w.WarehouseId)));
    }

    [Fact]
    public void Every_patient_drawn_for_an_ooad_arrives_at_one_of_its_hospitals()
    {
        var scenario = TestScenarios.Scenario(days: 60);

        var days = SimulationRuns.Run(scenario);

        foreach (var day in days)
        {
            foreach (var ooad in scenario.Network.Ooads)
            {
                var drawn = WaveDemand.Draw(scenario.Demand, ooad, scenario.Start, day.Day, scenario.Seed);
                var arrived = day.Hospitals.Where(h => h.OoadCode == ooad.Code).Aggregate(default(LevelCounts), (sum, h) => sum + h.Arrivals);
                Assert.Equal(drawn, arrived);
            }
        }

        Assert.True(days.Sum(d => d.Hospitals.Sum(h => h.Arrivals.Total)) > 0);
    }

    [Fact]
    public void Without_patients_nothing_is_used_ordered_shipped_or_reported()
    {
        var parameters = TestScenarios.Parameters(days: 30, attackRate: 0);
        var scenario = TestScenarios.Scenario(parameters: parameters);
        var layout = RunLayout.For(scenario);

        var days = SimulationRuns.Run(scenario);

        Assert.All(days, day =>
        {
            Assert.Empty(day.Events);
            Assert.All(day.Hospitals, h =>
            {
                Assert.Equal((0, 0), (h.Arrivals.Total, h.Census.Total));
                var opening = layout.OpenHospital(scenario.Network.Hospitals.Single(x => x.Id == h.HospitalId)).Stock;
                Assert.Equal(opening.Select((s, i) => new HospitalStock(SupplyItems.All[i], s.OnHand, 0, 0, 0, 0, 0, 0)), h.Stock);
            });
            Assert.All(day.Warehouses, w =>
            {
                var opening = layout.OpenWarehouse(scenario.Network.Warehouses.Single(x => x.Id == w.WarehouseId)).Items;
                Assert.Equal(opening.Select((s, i) => new WarehouseStock(SupplyItems.All[i], s.OnHand, 0, 0, 0, 0, 0, 0, 0)), w.Stock);
            });
        });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Regional_warehouses_book_central_shipments_after_the_lead_time_and_never_the_day_they_are_sent(int leadTime)
    {
        var parameters = TestScenarios.Parameters(days: 60, attackRate: 0.03);
        parameters = parameters with
        {
            Supply = parameters.Supply with
            {
                LeadTimes = parameters.Supply.LeadTimes with { CentralToRegional = leadTime },
                InitialStock = new InitialStock(3, 1, 30),
            },
        };

        var days = SimulationRuns.Run(TestScenarios.Scenario(parameters: parameters));

        // A message sent in a phase reaches its recipient on the next day at the earliest, as in the grain engine,
        // where every warehouse of a day runs at once.
        var transit = Math.Max(1, leadTime);
        var shipped = days.Select(d => d.Warehouses.Single(w => w.Kind == WarehouseKind.Central).Stock.Sum(s => s.Shipped)).ToArray();
        var received = days.Select(d => d.Warehouses.Where(w => w.Kind != WarehouseKind.Central).Sum(w => w.Stock.Sum(s => s.Received))).ToArray();
        Assert.Equal(shipped[..^transit], received[transit..]);
        Assert.All(received[..transit], r => Assert.Equal(0, r));
        Assert.True(shipped.Sum() > 0);
    }
}
