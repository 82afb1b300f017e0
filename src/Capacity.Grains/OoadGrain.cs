using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Grains.Contracts;

namespace Capacity.Grains;

/// <summary>
/// An OOAD: routes the day's patients to its hospitals (<see cref="OoadState.RouteArrivals"/>), runs their
/// care phase in parallel and keeps their census for tomorrow's routing.
/// </summary>
[GrainType("ooad")]
public sealed class OoadGrain : Grain, IOoadGrain
{
    private OoadState? _state;
    private ModelParameters? _parameters;
    private ImmutableArray<IHospitalGrain> _hospitals = ImmutableArray<IHospitalGrain>.Empty;

    /// <inheritdoc />
    public async Task Open(OoadOpening opening)
    {
        _parameters = opening.Parameters;
        _state = OoadState.Open(opening.Ooad, opening.Hospitals.Select(h => (h.Hospital.Id, h.Beds)));
        _hospitals = _state.Hospitals
            .Select(h => GrainFactory.GetGrain<IHospitalGrain>(GrainKeys.For(opening.RunId, h.HospitalId)))
            .ToImmutableArray();
        var openings = opening.Hospitals.ToDictionary(h => h.Hospital.Id, StringComparer.Ordinal);
        await Task.WhenAll(_state.Hospitals.Select((h, i) => _hospitals[i].Open(openings[h.HospitalId])));
    }

    /// <inheritdoc />
    public async Task<OoadDayOutcome> RunCare(OoadCareDay day)
    {
        if (_state is null || _parameters is null)
        {
            throw new InvalidOperationException($"OOAD {this.GetPrimaryKeyString()} was not opened.");
        }

        var arrivals = _state.RouteArrivals(_parameters.Demand, _parameters.Start, day.Day, _parameters.Seed);
        var outcomes = await Task.WhenAll(_state.Hospitals.Select((h, i) => _hospitals[i].RunDay(
            new HospitalDayInput(day.Day, arrivals[i], day.Mail.GetValueOrDefault(h.HospitalId, ImmutableArray<Shipment>.Empty)))));
        _state = _state.Observe(outcomes.Select(o => o.Report));
        return new OoadDayOutcome([.. outcomes]);
    }

    /// <inheritdoc />
    public async Task Close()
    {
        await Task.WhenAll(_hospitals.Select(h => h.Close()));
        DeactivateOnIdle();
    }
}
