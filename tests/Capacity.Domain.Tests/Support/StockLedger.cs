using Capacity.Domain.Network;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;

namespace Capacity.Domain.Tests.Support;

/// <summary>
/// Runs a scenario on the inline kernel and lists every break in the stock balance, per node and across the network,
/// as "day N entity: what" lines (empty when every unit is accounted for).
/// </summary>
internal static class StockLedger
{
    /// <summary>
    /// At every hospital and warehouse, every day and item: on hand = yesterday + received − consumed (hospitals) or
    /// − shipped (warehouses), demand = consumed + shortfall, and no quantity negative.
    /// </summary>
    public static List<string> NodeViolations(Scenario scenario)
    {
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
                    Check(violations, s.OnHand == before + s.Received - s.Consumed, day.Day, h.HospitalId, $"{s.Item}: {before} + {s.Received} − {s.Consumed} ≠ {s.OnHand}");
                    Check(violations, s.Consumed + s.Shortfall == s.Demand && s.Consumed >= 0 && s.Shortfall >= 0, day.Day, h.HospitalId, $"{s.Item}: demand split");
                    Check(violations, s.OnHand >= 0 && s.OnOrder >= 0, day.Day, h.HospitalId, $"{s.Item}: negative stock");
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

        return violations;
    }

    /// <summary>
    /// Every day and item, across the network: stock on hand + in transit + held at a closed warehouse's door + consumed
    /// so far = opening stock + what the suppliers delivered to the central warehouse so far.
    /// </summary>
    public static List<string> NetworkViolations(Scenario scenario)
    {
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

        return violations;
    }

    private static void Check(List<string> violations, bool holds, int day, string entity, string message)
    {
        if (!holds)
        {
            violations.Add($"day {day} {entity}: {message}");
        }
    }
}
