using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Oxygen;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Domain.Transfers;
using Capacity.Grains.Checkpoints;
using Capacity.Grains.Contracts;

namespace Capacity.Grains;

/// <summary>
/// An OOAD and its hospitals: routes the day's patients to its hospitals (<see cref="OoadState.RouteArrivals"/>), steps
/// each hospital's care phase (<see cref="HospitalDay"/>), keeps their census for tomorrow's routing, asks its
/// reconversion policy what to change and its transfer policy which unplaced patients to move between its hospitals.
/// </summary>
/// <remarks>
/// The hospitals live in their OOAD's activation rather than in a grain each (DESIGN §1 had a HospitalGrain): a
/// hospital only ever hears from its OOAD, and a grain call per hospital-day (341 a day) cost the grain engine as much
/// CPU as the model itself (issue 9, docs/architecture.md "Performance"). The unit of placement is the OOAD.
/// </remarks>
[GrainType("ooad")]
public sealed class OoadGrain : Grain, IOoadGrain
{
    private readonly CheckpointStore<OoadCheckpoint> _checkpoints;
    private OoadState? _state;
    private HospitalState[] _hospitals = [];
    private ModelParameters? _parameters;
    private ModelParameters? _hospitalParameters;
    private (StayHazards Ward, StayHazards Icu) _hazards;
    private IReconversionPolicy? _policy;
    private ITransferPolicy _transfers = new NoTransferPolicy();
    private DemandCurve? _demand;

    /// <summary>An OOAD grain; its checkpoints live in <see cref="CheckpointStorage"/>.</summary>
    public OoadGrain()
    {
        _checkpoints = new CheckpointStore<OoadCheckpoint>(this, "ooad");
    }

    /// <inheritdoc />
    public Task Open(OoadOpening opening)
    {
        var parameters = Configure(opening);
        _state = OoadState.Open(opening.Ooad, opening.Hospitals.Select(h => (h.Hospital, h.Opening)), opening.Equipment)
            .WithFleet(parameters.Ventilators) with { Oxygen = opening.Oxygen };
        _hospitals = [.. InIdOrder(opening).Select(h => HospitalState.Open(h.Hospital, h.Opening, h.ReferenceBeds, h.Parameters))];
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task Checkpoint(int day) => _checkpoints.SaveAsync(day, new OoadCheckpoint(Opened(), [.. _hospitals]));

    /// <inheritdoc />
    public async Task Restore(OoadOpening opening, int day)
    {
        Configure(opening);
        var checkpoint = await _checkpoints.LoadAsync(day);
        _state = checkpoint.Ooad;
        _hospitals = [.. checkpoint.Hospitals];
    }

    /// <inheritdoc />
    public Task<OoadDayOutcome> RunCare(OoadCareDay day)
    {
        if (_state is null || _parameters is null || _hospitalParameters is null || _policy is null || _demand is null)
        {
            throw Lost();
        }

        var (withUnits, units) = _state.DispatchVentilators(day.VentilatorsDelivered, _parameters.Ventilators);
        var (state, oxygen) = OoadOxygen.Deliver(withUnits, day.Day);
        var mail = state.Hospitals.Select(h => day.Mail.GetValueOrDefault(h.HospitalId, HospitalMail.None)).ToArray();
        var arrivals = state.RouteArrivals(_demand, day.Day, _parameters.Seed, [.. mail.Select(m => m.TransfersIn)]);
        var outcomes = new HospitalDayOutcome[_hospitals.Length];
        for (var i = 0; i < _hospitals.Length; i++)
        {
            var input = new HospitalDayInput(
                day.Day, arrivals[i], mail[i].Shipments, mail[i].Reconversions, mail[i].TransfersIn, oxygen[i], units[i].Received, units[i].MovedIn, units[i].MovedOut);
            var step = HospitalDay.Step(_hospitals[i], input, _hospitalParameters, _hazards.Ward, _hazards.Icu);
            _hospitals[i] = step.Next;
            outcomes[i] = new HospitalDayOutcome(step.Report, step.Orders, step.Events);
        }

        var reports = outcomes.Select(o => o.Report).ToArray();
        var (reconverted, reconversions, events) = state.Observe(reports)
            .Reconvert(_policy, day.Day, day.Date, StockOutAbsence.Teams(_parameters.Supply.StockOutAbsence, day.TeamsAvailable, reports));
        var (next, plant) = OoadOxygen.Dispatch(reconverted, day.Day, reports, _parameters);
        _state = next;
        var annotated = next.AnnotateVentilators(reports);
        return Task.FromResult(new OoadDayOutcome(
            [.. outcomes.Select((o, i) => o with { Report = annotated[i] })], reconversions, events, _transfers.Within(day.Day, _state.Ooad.Code, reports), plant));
    }

    /// <inheritdoc />
    public async Task Close(bool dropCheckpoints)
    {
        if (dropCheckpoints)
        {
            await _checkpoints.ClearAsync();
        }

        DeactivateOnIdle();
    }

    private ModelParameters Configure(OoadOpening opening)
    {
        var parameters = opening.Parameters;
        _parameters = parameters;
        // Every hospital of a run opens with the same parameters (RunLayout.HospitalParameters: the run's, less the
        // demand data only OOADs read), so one copy steps them all.
        _hospitalParameters = opening.Hospitals.IsDefaultOrEmpty ? parameters : opening.Hospitals[0].Parameters;
        _hazards = StayHazards.For(_hospitalParameters.Care);
        _demand = DemandCurve.For(parameters, opening.Ooad);
        _policy = ReconversionPolicies.Create(parameters, opening.Ooad, opening.Plan, opening.Floor, _demand);
        _transfers = TransferPolicies.Create(parameters.Transfers);
        return parameters;
    }

    // OoadState keeps its hospitals in ordinal id order; their states follow the same order.
    private static IEnumerable<HospitalOpening> InIdOrder(OoadOpening opening) =>
        opening.Hospitals.OrderBy(h => h.Hospital.Id, StringComparer.Ordinal);

    private OoadState Opened() => _state ?? throw Lost();

    private GrainStateLostException Lost() =>
        new($"OOAD {this.GetPrimaryKeyString()} has no state: it was not opened, or was reactivated since.");
}
