using System.Collections.Immutable;
using Capacity.Domain.Capacity;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;
using Capacity.Domain.Supply;

namespace Capacity.Domain.Simulation;

/// <summary>
/// What a run derives from its scenario before day 0: COVID beds per hospital and the opening state of
/// every entity. Both engines start from this, so they start from the same place.
/// </summary>
public sealed class RunLayout
{
    private RunLayout(Scenario scenario, ImmutableSortedDictionary<string, LevelCounts> beds)
    {
        Scenario = scenario;
        Beds = beds;
        Parameters = scenario.Parameters;
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>Model parameters sent to every entity.</summary>
    public ModelParameters Parameters { get; }

    /// <summary>COVID beds per hospital id.</summary>
    public ImmutableSortedDictionary<string, LevelCounts> Beds { get; }

    /// <summary>Lays out a scenario.</summary>
    public static RunLayout For(Scenario scenario) =>
        new(scenario, CovidBedPlan.Allocate(scenario.Network, scenario.Capacity));

    /// <summary>An OOAD on day 0.</summary>
    public OoadState OpenOoad(Ooad ooad) =>
        OoadState.Open(ooad, Scenario.Network.HospitalsOf(ooad.Code).Select(h => (h.Id, Beds[h.Id])));

    /// <summary>A hospital on day 0.</summary>
    public HospitalState OpenHospital(Hospital hospital) => HospitalState.Open(hospital, Beds[hospital.Id], Parameters);

    /// <summary>A warehouse on day 0, stocked for the COVID beds it serves.</summary>
    public WarehouseState OpenWarehouse(Warehouse warehouse) => WarehouseState.Open(warehouse, BedsServedBy(warehouse), Parameters);

    /// <summary>COVID beds of the hospitals a warehouse supplies (the central warehouse: all of them).</summary>
    public LevelCounts BedsServedBy(Warehouse warehouse) =>
        Scenario.Network.Hospitals
            .Where(h => warehouse.Kind == WarehouseKind.Central || h.WarehouseId == warehouse.Id)
            .Aggregate(default(LevelCounts), (sum, h) => sum + Beds[h.Id]);
}
