using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Equipment;
using Capacity.Domain.Simulation;
using Capacity.Domain.Tests.Support;
using Capacity.Domain.Ventilators;

namespace Capacity.Domain.Tests.Ventilators;

/// <summary>Fleet settings and scenarios for the ventilator tests.</summary>
public static class FleetBench
{
    /// <summary>A fleet with the given rates (no breakdown, every ICU admission ventilated unless told otherwise).</summary>
    public static VentilatorSettings Settings(
        double initialPerIcuBed = 1,
        double ventilatedShare = 1,
        double failureRate = 0,
        int repairDays = 5,
        double lossDeathRate = 0,
        VentilatorAllocationKind allocation = VentilatorAllocationKind.ProportionalToIcuBeds,
        double reserveShare = 0.1) =>
        new(true, initialPerIcuBed, ventilatedShare, failureRate, repairDays, lossDeathRate, allocation, reserveShare, 7);

    /// <summary>Bench parameters with a fleet.</summary>
    public static ModelParameters Parameters(VentilatorSettings fleet, double deathRate = 0, double turnedAwayDeathRate = 0) =>
        HospitalBench.Parameters(deathRate, turnedAwayDeathRate) with { Ventilators = fleet };

    /// <summary>National ventilator batches over the first days of <see cref="TestScenarios.Parameters"/>, as equipment deliveries.</summary>
    public static EquipmentSettings Deliveries(int quantity, int days = 20, params EquipmentDelivery[] more) =>
        EquipmentSettings.Disabled with
        {
            PerIcuBed = new EquipmentRates(1, 0, 0, 0, 0),
            Deliveries = [new EquipmentDelivery(EquipmentItem.Ventilator, quantity, new DateOnly(2020, 3, 1), new DateOnly(2020, 3, 1).AddDays(days - 1)), .. more],
        };

    /// <summary>The small test network's scenario with the fleet and its deliveries.</summary>
    public static Scenario Scenario(VentilatorSettings fleet, EquipmentSettings? deliveries = null, long seed = 1, int days = 60, double attackRate = 0.02)
    {
        var parameters = TestScenarios.Parameters(seed, days, attackRate) with { Ventilators = fleet };
        return TestScenarios.Scenario(parameters: parameters) with { Equipment = deliveries ?? Deliveries(200), Ventilators = fleet };
    }

    /// <summary>Deaths in care and among the turned away over a run.</summary>
    public static long Deaths(IEnumerable<DayResult> days) =>
        days.SelectMany(d => d.Hospitals).Sum(h => (long)h.Died.Total + h.TurnedAwayDeaths);

    /// <summary>Every hospital's fleet report of a day (fails when the fleet is off).</summary>
    public static ImmutableArray<HospitalVentilators> Fleet(DayResult day) =>
        [.. day.Hospitals.Select(h => h.Ventilators ?? throw new InvalidOperationException($"{h.HospitalId} has no fleet"))];
}
