using Capacity.Domain.Network;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Domain.Tests.Support;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Supply;

/// <summary>Every policy and supply shock moves stock without creating or losing a unit, at every node and across the network.</summary>
public sealed class SupplyConservationTests
{
    [Property(Arbitrary = new[] { typeof(SupplyCases) }, MaxTest = 40)]
    public void Every_item_is_conserved_at_every_node_under_any_policy_and_supply_shocks(SupplyCase supplyCase)
    {
        var scenario = supplyCase.Scenario();
        var layout = RunLayout.For(scenario);
        var onHand = scenario.Network.Hospitals.ToDictionary(h => h.Id, h => layout.OpenHospital(h).Stock.Select(s => s.OnHand).ToArray());
        foreach (var w in scenario.Network.Warehouses)
        {
            onHand[w.Id] = layout.OpenWarehouse(w).Items.Select(s => s.OnHand).ToArray();
        }

        var violations = new List<string>();
        foreach (var day in SimulationRuns.Run(scenario))
        {
            foreach (var h in day.Hospitals)
            {
                foreach (var s in h.Stock)
                {
                    var before = onHand[h.HospitalId][(int)s.Item];
                    Check(violations, s.OnHand == before + s.Received - s.Consumed && s.OnHand >= 0 && s.OnOrder >= 0, day.Day, h.HospitalId, $"{s.Item}: {before} + {s.Received} − {s.Consumed} ≠ {s.OnHand}");
                    Check(violations, s.Consumed + s.Shortfall == s.Demand, day.Day, h.HospitalId, $"{s.Item}: demand split");
                    onHand[h.HospitalId][(int)s.Item] = s.OnHand;
                }
            }

            foreach (var w in day.Warehouses)
            {
                foreach (var s in w.Stock)
                {
                    var before = onHand[w.WarehouseId][(int)s.Item];
                    Check(violations, s.OnHand == before + s.Received - s.Shipped, day.Day, w.WarehouseId, $"{s.Item}: {before} + {s.Received} − {s.Shipped} ≠ {s.OnHand}");
                    Check(violations, s.OnHand >= 0 && s.OnOrder >= 0 && s.InTransitOut >= 0 && s.HeldInbound >= 0 && s.Backordered >= 0, day.Day, w.WarehouseId, $"{s.Item}: negative quantity");
                    onHand[w.WarehouseId][(int)s.Item] = s.OnHand;
                }
            }
        }

        Assert.Empty(violations);
    }

    [Property(Arbitrary = new[] { typeof(SupplyCases) }, MaxTest = 40)]
    public void Network_stock_plus_transit_held_and_used_equals_opening_stock_plus_supplier_deliveries_under_any_policy_and_supply_shocks(SupplyCase supplyCase)
    {
        var scenario = supplyCase.Scenario();
        var layout = RunLayout.For(scenario);
        var opening = SupplyItems.All
            .Select(item => scenario.Network.Hospitals.Sum(h => layout.OpenHospital(h).Stock[(int)item].OnHand)
                + scenario.Network.Warehouses.Sum(w => layout.OpenWarehouse(w).Items[(int)item].OnHand))
            .ToArray();
        var consumed = new long[opening.Length];
        var delivered = new long[opening.Length];

        var violations = new List<string>();
        foreach (var day in SimulationRuns.Run(scenario))
        {
            foreach (var item in SupplyItems.All)
            {
                var i = (int)item;
                consumed[i] += day.Hospitals.Sum(h => h.Stock[i].Consumed);
                delivered[i] += day.Warehouses.Single(w => w.Kind == WarehouseKind.Central).Stock[i].Received;
                var stock = day.Hospitals.Sum(h => h.Stock[i].OnHand) + day.Warehouses.Sum(w => w.Stock[i].OnHand);
                var inTransit = day.Warehouses.Sum(w => w.Stock[i].InTransitOut);

                // Shipments held at the door of a regional warehouse out of service left their sender's transit; what the
                // suppliers hold at the central warehouse's door is not delivered yet.
                var held = day.Warehouses.Where(w => w.Kind != WarehouseKind.Central).Sum(w => w.Stock[i].HeldInbound);
                Check(
                    violations,
                    stock + inTransit + held + consumed[i] == opening[i] + delivered[i],
                    day.Day,
                    "network",
                    $"{item}: {stock} + {inTransit} in transit + {held} held + {consumed[i]} used ≠ {opening[i]} + {delivered[i]} delivered");
            }
        }

        Assert.Empty(violations);
    }

    private static void Check(List<string> violations, bool holds, int day, string entity, string message)
    {
        if (!holds)
        {
            violations.Add($"day {day} {entity}: {message}");
        }
    }
}
