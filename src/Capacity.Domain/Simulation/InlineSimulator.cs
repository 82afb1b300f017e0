using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Oxygen;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Supply;
using Capacity.Domain.Transfers;
using Capacity.Domain.Ventilators;

namespace Capacity.Domain.Simulation;

/// <summary>
/// The tick protocol in a plain loop: the reference the grain engine must match byte for byte, and its
/// speed limit. Each day runs the care phase (OOAD by OOAD: route arrivals, step hospitals, observe
/// their census, decide reconversion, move patients between its hospitals; then nationally: transfers between OOADs
/// and the settlement of every hospital's day) and then the supply phase (every warehouse), exactly as the grains do.
/// With the ventilator fleet on, the day starts with the national allocation of the day's ventilators
/// (<see cref="VentilatorDay"/>) and each OOAD dispatches its units to its hospitals (<see cref="OoadFleet"/>).
/// </summary>
public sealed class InlineSimulator : ISimulationEngine
{
    private readonly RunLayout _layout;
    private readonly StayHazards _ward;
    private readonly StayHazards _icu;
    private readonly Dictionary<string, OoadState> _ooads;
    private readonly Dictionary<string, IReconversionPolicy> _policies;
    private readonly Dictionary<string, DemandCurve> _demand;
    private readonly Dictionary<string, HospitalState> _hospitals;
    private readonly Dictionary<string, WarehouseState> _warehouses;
    private readonly PostOffice _post;
    private readonly ITransferPolicy _transferPolicy;
    private readonly TransferDay _transferDay;
    private readonly VentilatorDay? _ventilatorDay;
    private ImmutableArray<HospitalDayReport> _yesterday = [];
    private int _nextDay;

    /// <summary>Opens every entity of the scenario at day 0.</summary>
    public InlineSimulator(Scenario scenario)
    {
        _layout = RunLayout.For(scenario);
        (_ward, _icu) = StayHazards.For(scenario.Care);
        var network = scenario.Network;
        _ooads = network.Ooads.ToDictionary(o => o.Code, _layout.OpenOoad, StringComparer.Ordinal);
        _demand = network.Ooads.ToDictionary(o => o.Code, _layout.DemandOf, StringComparer.Ordinal);
        _policies = network.Ooads.ToDictionary(o => o.Code, o => _layout.PolicyFor(o, _demand[o.Code]), StringComparer.Ordinal);
        _hospitals = network.Hospitals.ToDictionary(h => h.Id, _layout.OpenHospital, StringComparer.Ordinal);
        _warehouses = network.Warehouses.ToDictionary(w => w.Id, _layout.OpenWarehouse, StringComparer.Ordinal);
        _post = new PostOffice(network.Warehouses.Select(w => w.Id));
        _transferPolicy = TransferPolicies.Create(scenario.Transfers);
        _transferDay = new TransferDay(_layout.Parameters);
        _ventilatorDay = scenario.Ventilators is { Enabled: true } ? new VentilatorDay(_layout) : null;
    }

    /// <inheritdoc />
    public string Name => "inline";

    /// <inheritdoc />
    public ValueTask<DayResult> StepAsync(int day, CancellationToken cancellationToken = default)
    {
        if (day != _nextDay)
        {
            throw new InvalidOperationException($"Expected day {_nextDay}, got {day}.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        _nextDay++;
        var parameters = _layout.Parameters;
        var hospitalReports = new List<HospitalDayReport>(_hospitals.Count);
        var events = new List<SimEvent>();
        var teams = _layout.TeamsAvailable(_layout.Scenario.DateOf(day));
        var ooadTransfers = new List<OoadTransfers>(_ooads.Count);
        var plants = new List<OxygenPlantReport>();
        var delivered = _ventilatorDay?.Allocate(day, _layout.Scenario.DateOf(day), _yesterday);
        foreach (var (code, opened) in _ooads)
        {
            var (withUnits, units) = opened.DispatchVentilators(delivered?[code] ?? 0, parameters.Ventilators);
            var (ooad, oxygen) = OoadOxygen.Deliver(withUnits, day);
            var transfersIn = ooad.Hospitals.Select(h => _post.CollectTransfers(h.HospitalId)).ToArray();
            var arrivals = ooad.RouteArrivals(_demand[code], day, parameters.Seed, transfersIn);
            var reports = new List<HospitalDayReport>(ooad.Hospitals.Length);
            for (var i = 0; i < ooad.Hospitals.Length; i++)
            {
                var id = ooad.Hospitals[i].HospitalId;
                var input = new HospitalDayInput(
                    day, arrivals[i], _post.CollectForHospital(id), _post.CollectReconversions(id), transfersIn[i], oxygen[i], units[i].Received, units[i].MovedIn, units[i].MovedOut);
                var step = HospitalDay.Step(_hospitals[id], input, parameters, _ward, _icu);
                _hospitals[id] = step.Next;
                _post.Post(step.Orders);
                reports.Add(step.Report);
                events.AddRange(step.Events);
            }

            var (reconverted, reconversions, limited) = ooad.Observe(reports)
                .Reconvert(_policies[code], day, _layout.Scenario.DateOf(day), StockOutAbsence.Teams(parameters.Supply.StockOutAbsence, teams?[code], reports));
            events.AddRange(limited);
            var (next, plant) = OoadOxygen.Dispatch(reconverted, day, reports, parameters);
            if (plant is not null)
            {
                plants.Add(plant);
            }

            _ooads[code] = next;
            _post.Post(reconversions);
            ooadTransfers.Add(_transferPolicy.Within(day, code, reports));
            hospitalReports.AddRange(next.AnnotateVentilators(reports));
        }

        var (settled, transfers, waveEvents) = _transferDay.Settle(day, hospitalReports, ooadTransfers);
        _yesterday = settled;
        _post.Post(transfers);
        events.AddRange(waveEvents);

        // Every warehouse takes its mail before any of them runs, as the grain engine does: a shipment sent in
        // today's supply phase reaches its recipient tomorrow, whichever warehouse happens to run first.
        var warehouseReports = new List<WarehouseDayReport>(_warehouses.Count);
        var shipments = new List<Shipment>();
        var mail = _warehouses.Keys
            .Select(id => (Id: id, Input: _layout.SupplyInput(_warehouses[id].Warehouse.Kind, _post.CollectForWarehouse(id, day), settled)))
            .ToArray();
        foreach (var (id, input) in mail)
        {
            var (next, step) = WarehouseDay.Run(_warehouses[id], input, parameters);
            _warehouses[id] = next;
            warehouseReports.Add(step.Report);
            events.AddRange(step.Events);
            _post.Post(step.Orders);
            _post.Post(step.Shipments);
            shipments.AddRange(step.Shipments);
        }

        return ValueTask.FromResult(DayResult.Canonical(
            day, _layout.Scenario.DateOf(day), settled, warehouseReports, events, transfers, plants, _ventilatorDay?.Reserve ?? 0, shipments));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
