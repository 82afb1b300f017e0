using System.Collections.Immutable;
using Capacity.Domain.Capacity;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Equipment;
using Capacity.Domain.Network;
using Capacity.Domain.Oxygen;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Shocks;
using Capacity.Domain.Staffing;
using Capacity.Domain.Supply;

namespace Capacity.Domain.Simulation;

/// <summary>
/// What a run derives from its scenario before day 0: each hospital's opening COVID beds, phase and role, the
/// reconversion plan, and the opening state of every entity. Both engines start from this, so they start from
/// the same place.
/// </summary>
public sealed class RunLayout
{
    private readonly ImmutableSortedDictionary<string, LevelCounts> _referenceBeds;

    private RunLayout(Scenario scenario)
    {
        Scenario = scenario;
        Parameters = scenario.Parameters;
        var shares = CovidBedPlan.Allocate(scenario.Network, scenario.Capacity);
        Plan = scenario.Reconversion.Policy == ReconversionPolicyKind.Schedule
            ? SchedulePlan.Build(scenario.Network, scenario.Reconversion)
            : [];
        Floor = scenario.Reconversion.Policy == ReconversionPolicyKind.Schedule
            ? SchedulePlan.Floor(scenario.Network, scenario.Reconversion)
            : [];
        var startsBy = Plan.Where(p => p.Date <= scenario.Start).ToLookup(p => p.HospitalId, StringComparer.Ordinal);
        Opening = scenario.Network.Hospitals.ToImmutableSortedDictionary(
            h => h.Id,
            h => startsBy[h.Id].LastOrDefault() is { } planned
                ? new PlannedBeds(planned.Beds, planned.Phase, planned.Role)
                : new PlannedBeds(shares[h.Id], ReconversionPhase.None, shares[h.Id].Total > 0 ? HospitalRole.Hybrid : HospitalRole.NonCovid),
            StringComparer.Ordinal);
        var planned = Plan.ToLookup(p => p.HospitalId, StringComparer.Ordinal);
        _referenceBeds = scenario.Network.Hospitals.ToImmutableSortedDictionary(
            h => h.Id,
            h => planned[h.Id].Select(p => p.Beds).Append(shares[h.Id]).Append(Opening[h.Id].Beds).MaxBy(b => b.Total),
            StringComparer.Ordinal);
        Equipment = EquipmentPlan.ByOoad(
            scenario.Equipment ?? EquipmentSettings.Disabled,
            scenario.Network,
            Opening.ToImmutableSortedDictionary(p => p.Key, p => p.Value.Beds, StringComparer.Ordinal),
            _referenceBeds);
        StaffWeights = StaffPool.Weights(
            (scenario.Staffing ?? StaffingSettings.Disabled).Split, scenario.Network, id => _referenceBeds[id]);
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>Model parameters sent to every entity.</summary>
    public ModelParameters Parameters { get; }

    /// <summary>
    /// The parameters a hospital needs: the same, less the demand model's data (an observed file can hold thousands of
    /// points that only OOADs read), so the hospitals' openings do not carry it once per hospital.
    /// </summary>
    public ModelParameters HospitalParameters => Parameters with { Demand = Parameters.Demand with { Observed = null } };

    /// <summary>Each hospital's COVID beds, phase and role on day 0, by hospital id.</summary>
    public ImmutableSortedDictionary<string, PlannedBeds> Opening { get; }

    /// <summary>The schedule policy's plan for every hospital (empty for other policies), by date then hospital id.</summary>
    public ImmutableArray<PlannedChange> Plan { get; }

    /// <summary>Where the schedule policy's reversion takes each hospital (empty for other policies).</summary>
    public ImmutableArray<PlannedChange> Floor { get; }

    /// <summary>
    /// Each OOAD's equipment (baseline and its share of every delivery), by OOAD code, whether or not equipment limits
    /// conversions (the outputs report it either way); the weights of the allocation are the reference beds.
    /// </summary>
    public ImmutableSortedDictionary<string, OoadEquipment> Equipment { get; }

    /// <summary>Lays out a scenario.</summary>
    public static RunLayout For(Scenario scenario) => new(scenario);

    /// <summary>An OOAD on day 0.</summary>
    public OoadState OpenOoad(Ooad ooad) =>
        OoadState.Open(ooad, Scenario.Network.HospitalsOf(ooad.Code).Select(h => (h, Opening[h.Id])), EquipmentOf(ooad))
            .WithFleet(Scenario.Ventilators) with { Oxygen = OxygenPlantOf(ooad) };

    /// <summary>
    /// One OOAD's oxygen plant on day 0, sized at <see cref="OxygenSettings.PlantCapacityFactor"/> × the reference use of its
    /// hospitals' reference COVID beds (ASSUMPTION); null when oxygen is not modelled.
    /// </summary>
    public OxygenPlant? OxygenPlantOf(Ooad ooad) =>
        Scenario.Oxygen is { Enabled: true } oxygen
            ? OxygenPlant.Open(
                ooad.Code,
                (long)Math.Floor((oxygen.PlantCapacityFactor * Scenario.Network.HospitalsOf(ooad.Code).Sum(h => oxygen.ReferenceUse(_referenceBeds[h.Id]))) + 1e-9))
            : null;

    /// <summary>The equipment that limits one OOAD's ICU beds; null when equipment is disabled.</summary>
    public OoadEquipment? EquipmentOf(Ooad ooad) =>
        Scenario.Equipment is { Enabled: true } ? Equipment[ooad.Code] : null;

    /// <summary>
    /// The reconversion policy of one OOAD, with the part of the plan that concerns its hospitals (and its demand curve,
    /// which the forecast trigger forecasts with; built here when not given).
    /// </summary>
    public IReconversionPolicy PolicyFor(Ooad ooad, DemandCurve? demand = null) =>
        ReconversionPolicies.Create(Parameters, ooad, PlanOf(Plan, ooad), PlanOf(Floor, ooad), demand ?? DemandOf(ooad));

    /// <summary>One OOAD's expected demand from the scenario's demand model (computed on each call: keep it).</summary>
    public DemandCurve DemandOf(Ooad ooad) => DemandCurve.For(Parameters, ooad);

    /// <summary>The plan entries of one OOAD's hospitals.</summary>
    public ImmutableArray<PlannedChange> PlanOf(ImmutableArray<PlannedChange> plan, Ooad ooad) =>
        SchedulePlan.ForOoad(plan, Scenario.Network, ooad.Code);

    /// <summary>Each OOAD's weight in the split of the ERC pool (<see cref="StaffingSettings.Split"/>), in network order.</summary>
    public ImmutableArray<double> StaffWeights { get; }

    /// <summary>ERC teams each OOAD has on a date, by OOAD code; null when staffing is disabled.</summary>
    public ImmutableSortedDictionary<string, int>? TeamsAvailable(DateOnly date) =>
        StaffPool.Available(StaffingOn(date), Scenario.Network.Ooads, StaffWeights, date);

    /// <summary>Each OOAD's share of the ERC pool on a date (network order), whether or not staffing limits conversions.</summary>
    public ImmutableArray<int> TeamShares(DateOnly date) =>
        StaffPool.ByOoad(StaffingOn(date) ?? StaffingSettings.Disabled, StaffWeights, date);

    /// <summary>The staffing settings in force on a date: staff-absence shocks raise the absent share while they last.</summary>
    private StaffingSettings? StaffingOn(DateOnly date) =>
        Scenario.Staffing is { } staffing && !Scenario.Shocks.IsDefaultOrEmpty
            ? staffing with { AbsenceShare = ShockEffects.AbsenceShare(Scenario.Shocks, staffing.AbsenceShare, date) }
            : Scenario.Staffing;

    /// <summary>A hospital on day 0, stocked for the most COVID beds it is planned to run.</summary>
    public HospitalState OpenHospital(Hospital hospital) =>
        HospitalState.Open(hospital, Opening[hospital.Id], _referenceBeds[hospital.Id], Parameters);

    /// <summary>A warehouse on day 0, stocked for the COVID beds it serves.</summary>
    public WarehouseState OpenWarehouse(Warehouse warehouse) =>
        WarehouseState.Open(warehouse, BedsServedBy(warehouse), Parameters, DownstreamOoadsOf(warehouse));

    /// <summary>The central warehouse: the OOAD of every warehouse it ships to, by id (transport disruptions); others: empty.</summary>
    public ImmutableSortedDictionary<string, string> DownstreamOoadsOf(Warehouse warehouse) =>
        warehouse.Kind != WarehouseKind.Central
            ? ImmutableSortedDictionary<string, string>.Empty
            : Scenario.Network.Warehouses
                .Where(w => w.UpstreamId == warehouse.Id && w.OoadCode is not null)
                .ToImmutableSortedDictionary(w => w.Id, w => w.OoadCode!, StringComparer.Ordinal);

    /// <summary>
    /// A warehouse's mail with what its supply policy needs from the day's hospital reports: under push, the central
    /// warehouse gets today's COVID beds per OOAD and UMAE warehouse; otherwise the mail is unchanged.
    /// </summary>
    public WarehouseDayInput SupplyInput(WarehouseKind kind, WarehouseDayInput mail, IEnumerable<HospitalDayReport> reports) =>
        kind == WarehouseKind.Central && Parameters.Supply.Policy == SupplyPolicyKind.PushProportional
            ? mail with { BedsServed = PushAllocation.BedsByWarehouse(Scenario.Network, reports) }
            : mail;

    /// <summary>The most COVID beds planned for one hospital: the yardstick of its opening stock.</summary>
    public LevelCounts ReferenceBeds(string hospitalId) => _referenceBeds[hospitalId];

    /// <summary>
    /// Reference COVID beds of the hospitals a warehouse supplies (the central warehouse: all of them): the yardstick
    /// of its opening stock, since on day 0 most beds are not reconverted yet.
    /// </summary>
    public LevelCounts BedsServedBy(Warehouse warehouse) =>
        Scenario.Network.Hospitals
            .Where(h => warehouse.Kind == WarehouseKind.Central || h.WarehouseId == warehouse.Id)
            .Aggregate(default(LevelCounts), (sum, h) => sum + _referenceBeds[h.Id]);
}
