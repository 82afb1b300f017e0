using Capacity.Domain.Equipment;
using Capacity.Domain.Simulation;
using Capacity.Domain.Tests.Support;
using Capacity.Domain.Ventilators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Ventilators;

/// <summary>
/// Ventilators are never created or lost: every day, initial units + units delivered so far = in service + in repair +
/// in transit + the national reserve (nationally), and per OOAD without the reserve (units move only within an OOAD).
/// </summary>
public sealed class FleetConservationTests
{
    [Property(Arbitrary = new[] { typeof(FleetCases) }, MaxTest = 25)]
    public void Ventilators_are_never_created_or_lost(SimulationCase simulation, VentilatorSettings fleet, int delivered)
    {
        var extra = new EquipmentDelivery(EquipmentItem.Ventilator, delivered / 4, new DateOnly(2020, 3, 5), new DateOnly(2020, 3, 15), "o01");
        var scenario = simulation.Scenario() with { Equipment = FleetBench.Deliveries(delivered, 25, extra), Ventilators = fleet };
        var layout = RunLayout.For(scenario);
        var initial = scenario.Network.Hospitals.ToDictionary(h => h.Id, h => fleet.InitialUnits(layout.Opening[h.Id].Beds.Icu));
        var engine = new InlineSimulator(scenario);

        var violations = new List<string>();
        var received = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var day = 0; day < scenario.Days; day++)
        {
            var result = engine.StepAsync(day).Result;
            var date = scenario.DateOf(day);
            foreach (var group in result.Hospitals.GroupBy(h => h.OoadCode))
            {
                received[group.Key] = received.GetValueOrDefault(group.Key) + group.Sum(h => h.Ventilators!.Received);
                var start = group.Sum(h => (long)initial[h.HospitalId]);
                var held = group.Sum(h => (long)h.Ventilators!.Held);
                if (start + received[group.Key] != held)
                {
                    violations.Add($"day {day} {group.Key}: initial {start} + received {received[group.Key]} ≠ held {held}");
                }

                if (group.Any(h => h.Ventilators!.InService < 0 || h.Ventilators.InUse > h.Ventilators.InService))
                {
                    violations.Add($"day {day} {group.Key}: negative units or more in use than in service");
                }
            }

            // Proportional: each OOAD's share of a batch arrives on the batch's schedule, rounded per OOAD.
            var batches = fleet.Allocation == VentilatorAllocationKind.ProportionalToIcuBeds
                ? layout.Equipment.Values.SelectMany(o => o.Deliveries)
                : scenario.Equipment!.Deliveries;
            var national = initial.Values.Sum(v => (long)v) + batches.Where(d => d.Item == EquipmentItem.Ventilator).Sum(d => (long)d.DeliveredBy(date));
            var accounted = result.Hospitals.Sum(h => (long)h.Ventilators!.Held) + result.VentilatorsInReserve;
            if (national != accounted)
            {
                violations.Add($"day {day}: initial + delivered {national} ≠ held + reserve {accounted}");
            }
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations.Take(20)));
    }
}

/// <summary>Random runs with a random fleet: rates, repair days, allocation and a national delivery.</summary>
public static class FleetCases
{
    public static Arbitrary<SimulationCase> Cases() => SimulationCases.Cases();

    public static Arbitrary<VentilatorSettings> Fleets() =>
        (from perBed in Gen.Choose(0, 12)
         from share in Gen.Choose(0, 100)
         from failure in Gen.Choose(0, 50)
         from repair in Gen.Choose(1, 10)
         from loss in Gen.Choose(0, 100)
         from allocation in Gen.Elements(Enum.GetValues<VentilatorAllocationKind>())
         from reserve in Gen.Choose(0, 100)
         select FleetBench.Settings(perBed / 10.0, share / 100.0, failure / 1000.0, repair, loss / 100.0, allocation, reserve / 100.0)).ToArbitrary();

    public static Arbitrary<int> Deliveries() => Gen.Choose(0, 400).ToArbitrary();
}
