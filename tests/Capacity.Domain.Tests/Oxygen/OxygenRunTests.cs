using Capacity.Domain.Care;
using Capacity.Domain.Oxygen;
using Capacity.Domain.Shocks;
using Capacity.Domain.Simulation;
using Capacity.Domain.Tests.Support;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Oxygen;

/// <summary>Oxygen through whole inline runs: off changes nothing, on conserves every litre, an outage bites.</summary>
public sealed class OxygenRunTests
{
    [Fact]
    public void Oxygen_disabled_reproduces_a_run_without_oxygen_settings_exactly()
    {
        var plain = TestScenarios.Scenario(seed: 5, days: 60);
        var disabled = plain with { Oxygen = RealisticSettings() with { Enabled = false } };

        var a = SimulationRuns.Run(plain);
        var b = SimulationRuns.Run(disabled);

        Assert.Equal(ResultText.Of(a), ResultText.Of(b));
        Assert.All(b, d => Assert.Empty(d.Plants));
        Assert.All(b.SelectMany(d => d.Hospitals), h => Assert.Null(h.Oxygen));
    }

    [Fact]
    public void Oxygen_that_never_runs_short_leaves_the_patient_flow_and_the_stock_unchanged()
    {
        var plain = TestScenarios.Scenario(seed: 5, days: 60);
        var ample = plain with { Oxygen = RealisticSettings() with { PlantCapacityFactor = 50, TankDays = 30 } };

        var days = SimulationRuns.Run(ample);

        Assert.Equal(RunFingerprint.Of(SimulationRuns.Run(plain)), RunFingerprint.Of(days));
        Assert.Contains(days.SelectMany(d => d.Hospitals), h => h.Oxygen is { Consumed: > 0 });
        Assert.All(days.SelectMany(d => d.Hospitals), h => Assert.Equal(0, h.Oxygen!.Shortfall));
    }

    [Fact]
    public void A_full_plant_outage_caps_admissions_and_kills_patients_left_without_oxygen()
    {
        var plain = TestScenarios.Scenario(seed: 5, days: 60) with { Oxygen = RealisticSettings() };
        var outage = plain with { Shocks = [new Shock(ShockKind.OxygenPlantOutage, plain.Start.AddDays(20), 25, 1, "o01")] };

        var before = SimulationRuns.Run(plain);
        var after = SimulationRuns.Run(outage);

        int Sum(IReadOnlyList<DayResult> run, string ooad, Func<HospitalDayReport, int> f) =>
            run.SelectMany(d => d.Hospitals).Where(h => h.OoadCode == ooad).Sum(f);
        Assert.Equal(0, Sum(before, "o01", h => h.Oxygen!.AdmissionsCapped));
        Assert.True(Sum(after, "o01", h => h.Oxygen!.AdmissionsCapped) > 0);
        Assert.True(Sum(after, "o01", h => h.Oxygen!.ExcessDeaths) > 0);
        Assert.True(Sum(after, "o01", h => h.Died.Total + h.TurnedAwayDeaths) > Sum(before, "o01", h => h.Died.Total + h.TurnedAwayDeaths));
        Assert.Equal(0, Sum(after, "o02", h => h.Oxygen!.AdmissionsCapped));
        Assert.Contains(after.SelectMany(d => d.Events), e => e.Kind == EventKind.OxygenStockOutStarted && e.EntityId.StartsWith("o01", StringComparison.Ordinal));
        Assert.All(after.Where(d => d.Day is >= 20 and < 45), d => Assert.Equal(0, d.Plants.Single(p => p.OoadCode == "o01").Shipped));
    }

    [Property(Arbitrary = new[] { typeof(SimulationCases) }, MaxTest = 25)]
    public void Every_litre_a_plant_ships_reaches_its_hospitals_or_is_on_a_truck_and_no_store_overflows(SimulationCase simulation)
    {
        var scenario = simulation.Scenario() with { Oxygen = RealisticSettings() with { PlantCapacityFactor = 0.4 } };
        var capacity = RunLayout.For(scenario).Scenario.Network.Hospitals.ToDictionary(h => h.Id, h => RunLayout.For(scenario).OpenHospital(h).Oxygen!.Value.Capacity);

        var days = SimulationRuns.Run(scenario);

        var (shipped, received) = (new Dictionary<string, long>(), new Dictionary<string, long>());
        foreach (var day in days)
        {
            foreach (var plant in day.Plants)
            {
                shipped[plant.OoadCode] = shipped.GetValueOrDefault(plant.OoadCode) + plant.Shipped;
                var arrived = received.GetValueOrDefault(plant.OoadCode) + day.Hospitals.Where(h => h.OoadCode == plant.OoadCode).Sum(h => h.Oxygen!.Received);
                received[plant.OoadCode] = arrived;

                // Today's drops were booked this morning; those still on a truck arrive from tomorrow.
                Assert.Equal(shipped[plant.OoadCode], arrived + plant.InTransit);
            }

            Assert.All(day.Hospitals, h => Assert.InRange(h.Oxygen!.OnHand, 0, capacity[h.HospitalId]));
        }
    }

    /// <summary>The loader's defaults, enabled: WHO rates, 3 + 1 days of storage, plants at 1.5 × reference use.</summary>
    private static OxygenSettings RealisticSettings() => new(true, 14_400, 43_200, 1, 3, 1, 1, 2, 1, 1, 1.5, 0.3);
}
