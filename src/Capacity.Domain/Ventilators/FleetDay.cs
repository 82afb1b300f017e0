using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Capacity.Domain.Care;
using Capacity.Domain.Random;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Ventilators;

/// <summary>
/// One hospital's ventilator day, inside <see cref="HospitalDay.Step"/> (only when the fleet is on): units received and
/// moved arrive and repaired units return at the start of the day; ventilated patients leave (ICU stay and death rate);
/// units in service break down (<see cref="VentilatorSettings.FailureRate"/>) into repair; ventilated patients left
/// without a unit face <see cref="VentilatorSettings.LossDeathRate"/>; then each ICU admission needs invasive
/// ventilation with <see cref="VentilatorSettings.VentilatedShare"/>, and a patient who needs it and finds no free unit is
/// refused the ICU (<see cref="Gate"/>), joining the unplaced flow (transfer policy, turned-away death rate).
/// </summary>
/// <remarks>
/// Draws: ventilated departures and the ventilated share of admissions on <see cref="RngStream.Ventilation"/>,
/// breakdowns and loss deaths on <see cref="RngStream.VentilatorFailure"/>; with the fleet off none is made.
/// </remarks>
public sealed class FleetDay
{
    private readonly VentilatorSettings _settings;
    private readonly HospitalFleet _before;
    private CounterRng _care;
    private int _inService;
    private ImmutableArray<int> _repair;
    private ImmutableArray<int> _ventilated;

    // Today's ventilated cohorts, written in place; null while they are still exactly _ventilated (most hospitals have no
    // ventilated patient most days, so most days allocate nothing).
    private int[]? _cohorts;
    private int _received;
    private int _movedIn;
    private int _movedOut;
    private int _failures;
    private int _lossDeaths;
    private int _refused;
    private int _without;

    private FleetDay(VentilatorSettings settings, HospitalFleet before, CounterRng care)
    {
        _settings = settings;
        _before = before;
        _care = care;
        _repair = before.Repair;
        _ventilated = before.Ventilated;
    }

    /// <summary>Ventilated patients who went home today.</summary>
    public int Discharged { get; private set; }

    /// <summary>Ventilated patients who died today (in care or without a unit).</summary>
    public int Died { get; private set; }

    /// <summary>ICU admissions today that took a ventilator (in the gates' ICU beds; not in the other ICU cohorts).</summary>
    public int AdmittedVentilated { get; private set; }

    /// <summary>Ventilated patients now (they hold ICU beds).</summary>
    public int VentilatedCensus => _cohorts is { } cohorts ? CohortFlow.Census(cohorts) : CohortFlow.Census(_ventilated);

    /// <summary>Units in service not on a patient.</summary>
    public int Free => Math.Max(0, _inService - VentilatedCensus);

    /// <summary>The day up to admissions; null when the hospital has no fleet (fleet off).</summary>
    public static FleetDay? Begin(HospitalState state, HospitalDayInput input, ModelParameters parameters, StayHazards icu)
    {
        if (state.Fleet is not { } fleet || parameters.Ventilators is not { Enabled: true } settings)
        {
            return null;
        }

        var id = state.Hospital.Id;
        var day = new FleetDay(settings, fleet, CounterRng.For(parameters.Seed, id, input.Day, RngStream.Ventilation));
        var failureRng = CounterRng.For(parameters.Seed, id, input.Day, RngStream.VentilatorFailure);
        day.Start(input, parameters.Care, icu, ref failureRng);
        return day;
    }

    /// <summary>
    /// Of the patients placed in ICU beds, those who need ventilation take a free unit (they join the ventilated
    /// patients, <see cref="AdmittedVentilated"/>); those who find none lose their ICU bed and join the unplaced patients.
    /// The result's ICU beds still count the ventilated admissions.
    /// </summary>
    public (LevelCounts InBeds, int OnStretchers, LevelCounts Unplaced) Gate((LevelCounts InBeds, int OnStretchers, LevelCounts Unplaced) placed)
    {
        var needing = Sampling.Binomial(ref _care, placed.InBeds.Icu, _settings.VentilatedShare);
        var ventilated = Math.Min(needing, Free);
        var refused = needing - ventilated;
        _refused += refused;
        if (ventilated != 0)
        {
            CohortFlow.Admit(Writable(), ventilated);
        }

        AdmittedVentilated += ventilated;
        return (placed.InBeds - new LevelCounts(0, refused), placed.OnStretchers, placed.Unplaced + new LevelCounts(0, refused));
    }

    /// <summary>
    /// Takes ventilated patients who died for lack of oxygen out of the ventilated cohorts, longest stay first; the oxygen
    /// model counts their deaths, so they are not in <see cref="Died"/>.
    /// </summary>
    public void RemoveDeaths(int patients)
    {
        if (patients > 0 && VentilatedCensus > 0)
        {
            CohortFlow.RemoveLongestStays(Writable(), patients);
        }
    }

    /// <summary>The fleet carried to tomorrow, with a shortage event when an episode starts or ends.</summary>
    public (HospitalFleet Next, HospitalVentilators Report) End(int day, string hospitalId, ImmutableArray<SimEvent>.Builder events)
    {
        var unventilated = Math.Max(0, VentilatedCensus - _inService);
        var shortToday = _refused > 0 || _without > 0;
        if (shortToday && !_before.Short)
        {
            events.Add(new SimEvent(day, hospitalId, EventKind.VentilatorShortageStarted, "ventilator", Detail()));
        }
        else if (!shortToday && _before.Short)
        {
            events.Add(new SimEvent(day, hospitalId, EventKind.VentilatorShortageEnded, "ventilator", Detail()));
        }

        // The buffer is not written after End: it becomes tomorrow's cohorts as it is.
        var cohorts = _cohorts is { } written ? ImmutableCollectionsMarshal.AsImmutableArray(written) : _ventilated;
        _cohorts = null;
        _ventilated = cohorts;
        // An unchanged fleet keeps yesterday's object (it lives a day: no copy to promote).
        var next = _inService == _before.InService && _repair == _before.Repair && cohorts == _before.Ventilated && shortToday == _before.Short
            ? _before
            : new HospitalFleet(_inService, _repair, cohorts, shortToday);
        var report = new HospitalVentilators(
            _inService, next.InUse, next.InRepair, _received, _refused, 0, VentilatedCensus, unventilated, _lossDeaths, _failures, _movedIn, _movedOut);
        return (next, report);
    }

    // Formatted only when an event is raised: End runs for every hospital every day.
    private string Detail() => string.Create(
        CultureInfo.InvariantCulture,
        $"{_inService} in service, {VentilatedCensus} ventilated patients, {_refused} refused, {_without} left without a unit");

    // The repair queue one day on: every unit a day closer to return, today's failures at the back. One new array (this
    // runs for every hospital every day).
    // The day's cohorts as a buffer this FleetDay may write (a copy of yesterday's the first time).
    private int[] Writable() => _cohorts ??= _ventilated.ToArray();

    private static ImmutableArray<int> Advance(ImmutableArray<int> repair, int failures)
    {
        if (failures == 0 && CohortFlow.Census(repair) == 0)
        {
            return repair;
        }

        var next = new int[repair.Length];
        repair.AsSpan()[1..].CopyTo(next);
        next[^1] += failures;
        return ImmutableCollectionsMarshal.AsImmutableArray(next);
    }

    private void Start(HospitalDayInput input, CareSettings care, StayHazards icu, ref CounterRng failureRng)
    {
        // The OOAD only takes idle units (counted at the end of yesterday, nothing has changed since).
        _received = Math.Max(0, input.VentilatorsReceived);
        _movedIn = Math.Max(0, input.VentilatorsMovedIn);
        _movedOut = Math.Clamp(input.VentilatorsMovedOut, 0, Math.Max(0, _before.InService - _before.VentilatedCensus));
        var returned = _repair[0];
        var waiting = _repair;
        _inService = _before.InService + _received + _movedIn - _movedOut + returned;

        var departed = CohortFlow.Depart(_ventilated, icu, care.Icu.DeathRate, ref _care, ref _care);
        _ventilated = departed.Cohorts;
        // Depart made a new array only if someone was ventilated: take it as today's buffer (nobody else holds it).
        _cohorts = departed.Cohorts == _before.Ventilated ? null : ImmutableCollectionsMarshal.AsArray(departed.Cohorts);
        Discharged = departed.Discharged;
        Died = departed.Died;

        _failures = Sampling.Binomial(ref failureRng, _inService, _settings.FailureRate);
        _inService -= _failures;
        _repair = Advance(waiting, _failures);

        _without = Math.Max(0, VentilatedCensus - _inService);
        _lossDeaths = Sampling.Binomial(ref failureRng, _without, _settings.LossDeathRate);
        // The patients the broken units were taken from are not tracked one by one: longest stays first.
        RemoveDeaths(_lossDeaths);
        Died += _lossDeaths;
    }
}
