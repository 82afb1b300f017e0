using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Oxygen;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Domain.Transfers;
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
    private OoadState? _state;
    private ModelParameters? _parameters;
    private IReconversionPolicy? _policy;
    private ITransferPolicy _transfers = new NoTransferPolicy();
    private DemandCurve? _demand;
    private ImmutableArray<IHospitalGrain> _hospitals = ImmutableArray<IHospitalGrain>.Empty;

    /// <inheritdoc />
    public async Task Open(OoadOpening opening)
    {
        _parameters = opening.Parameters;
        var parameters = opening.Parameters;
        _demand = DemandCurve.For(parameters, opening.Ooad);
        _policy = ReconversionPolicies.Create(parameters, opening.Ooad, opening.Plan, opening.Floor, _demand);
        _transfers = TransferPolicies.Create(opening.Parameters.Transfers);
        _state = OoadState.Open(opening.Ooad, opening.Hospitals.Select(h => (h.Hospital, h.Opening)), opening.Equipment)
            .WithFleet(parameters.Ventilators) with { Oxygen = opening.Oxygen };
        _hospitals = _state.Hospitals
            .Select(h => GrainFactory.GetGrain<IHospitalGrain>(GrainKeys.For(opening.RunId, h.HospitalId)))
            .ToImmutableArray();
        var openings = opening.Hospitals.ToDictionary(h => h.Hospital.Id, StringComparer.Ordinal);
        await Task.WhenAll(_state.Hospitals.Select((h, i) => _hospitals[i].Open(openings[h.HospitalId])));
    }

    /// <inheritdoc />
    public async Task<OoadDayOutcome> RunCare(OoadCareDay day)
    {
        if (_state is null || _parameters is null || _policy is null || _demand is null)
        {
            throw new InvalidOperationException($"OOAD {this.GetPrimaryKeyString()} was not opened.");
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
    public async Task Close()
    {
        await Task.WhenAll(_hospitals.Select(h => h.Close()));
        DeactivateOnIdle();
    }
}
