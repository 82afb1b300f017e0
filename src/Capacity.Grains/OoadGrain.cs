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
/// An OOAD: routes the day's patients to its hospitals (<see cref="OoadState.RouteArrivals"/>), runs their care phase
/// in parallel, keeps their census for tomorrow's routing, asks its reconversion policy what to change and its transfer
/// policy which unplaced patients to move between its hospitals.
/// </summary>
[GrainType("ooad")]
public sealed class OoadGrain : Grain, IOoadGrain
{
    private readonly CheckpointStore<OoadState> _checkpoints;
    private OoadState? _state;
    private ModelParameters? _parameters;
    private IReconversionPolicy? _policy;
    private ITransferPolicy _transfers = new NoTransferPolicy();
    private DemandCurve? _demand;
    private ImmutableArray<IHospitalGrain> _hospitals = ImmutableArray<IHospitalGrain>.Empty;

    /// <summary>An OOAD grain; its checkpoints live in <see cref="CheckpointStorage"/>.</summary>
    public OoadGrain()
    {
        _checkpoints = new CheckpointStore<OoadState>(this, "ooad");
    }

    /// <inheritdoc />
    public async Task Open(OoadOpening opening)
    {
        var parameters = Configure(opening);
        _state = OoadState.Open(opening.Ooad, opening.Hospitals.Select(h => (h.Hospital, h.Opening)), opening.Equipment)
            .WithFleet(parameters.Ventilators) with { Oxygen = opening.Oxygen };
        await Task.WhenAll(ForEachHospital(opening, (hospital, h) => hospital.Open(h)));
    }

    /// <inheritdoc />
    public async Task Checkpoint(int day)
    {
        var state = Opened();
        await Task.WhenAll(_hospitals.Select(h => h.Checkpoint(day)).Append(_checkpoints.SaveAsync(day, state)));
    }

    /// <inheritdoc />
    public async Task Restore(OoadOpening opening, int day)
    {
        Configure(opening);
        _state = await _checkpoints.LoadAsync(day);
        await Task.WhenAll(ForEachHospital(opening, (hospital, h) => hospital.Restore(h, day)));
    }

    /// <inheritdoc />
    public async Task<OoadDayOutcome> RunCare(OoadCareDay day)
    {
        if (_state is null || _parameters is null || _policy is null || _demand is null)
        {
            throw Lost();
        }

        var (withUnits, units) = _state.DispatchVentilators(day.VentilatorsDelivered, _parameters.Ventilators);
        var (state, oxygen) = OoadOxygen.Deliver(withUnits, day.Day);
        var mail = state.Hospitals.Select(h => day.Mail.GetValueOrDefault(h.HospitalId, HospitalMail.None)).ToArray();
        var arrivals = state.RouteArrivals(_demand, day.Day, _parameters.Seed, [.. mail.Select(m => m.TransfersIn)]);
        var outcomes = await Task.WhenAll(state.Hospitals.Select((h, i) => _hospitals[i].RunDay(new HospitalDayInput(
            day.Day, arrivals[i], mail[i].Shipments, mail[i].Reconversions, mail[i].TransfersIn, oxygen[i], units[i].Received, units[i].MovedIn, units[i].MovedOut))));
        var reports = outcomes.Select(o => o.Report).ToArray();
        var (reconverted, reconversions, events) = state.Observe(reports)
            .Reconvert(_policy, day.Day, day.Date, StockOutAbsence.Teams(_parameters.Supply.StockOutAbsence, day.TeamsAvailable, reports));
        var (next, plant) = OoadOxygen.Dispatch(reconverted, day.Day, reports, _parameters);
        _state = next;
        var annotated = next.AnnotateVentilators(reports);
        return new OoadDayOutcome(
            [.. outcomes.Select((o, i) => o with { Report = annotated[i] })], reconversions, events, _transfers.Within(day.Day, _state.Ooad.Code, reports), plant);
    }

    /// <inheritdoc />
    public async Task Close(bool dropCheckpoints)
    {
        var hospitals = _hospitals.Select(h => h.Close(dropCheckpoints));
        await Task.WhenAll(dropCheckpoints ? hospitals.Append(_checkpoints.ClearAsync()) : hospitals);
        DeactivateOnIdle();
    }

    // The hospital grains follow the opening's hospitals in id order, as OoadState keeps them.
    private ModelParameters Configure(OoadOpening opening)
    {
        var parameters = opening.Parameters;
        _parameters = parameters;
        _demand = DemandCurve.For(parameters, opening.Ooad);
        _policy = ReconversionPolicies.Create(parameters, opening.Ooad, opening.Plan, opening.Floor, _demand);
        _transfers = TransferPolicies.Create(parameters.Transfers);
        _hospitals = opening.Hospitals
            .Select(h => h.Hospital.Id)
            .Order(StringComparer.Ordinal)
            .Select(id => GrainFactory.GetGrain<IHospitalGrain>(GrainKeys.For(opening.RunId, id)))
            .ToImmutableArray();
        return parameters;
    }

    private IEnumerable<Task> ForEachHospital(OoadOpening opening, Func<IHospitalGrain, HospitalOpening, Task> call)
    {
        var openings = opening.Hospitals.ToDictionary(h => h.Hospital.Id, StringComparer.Ordinal);
        return opening.Hospitals
            .Select(h => h.Hospital.Id)
            .Order(StringComparer.Ordinal)
            .Select((id, i) => call(_hospitals[i], openings[id]));
    }

    private OoadState Opened() => _state ?? throw Lost();

    private GrainStateLostException Lost() =>
        new($"OOAD {this.GetPrimaryKeyString()} has no state: it was not opened, or was reactivated since.");
}
