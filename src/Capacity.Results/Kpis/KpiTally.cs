using Capacity.Domain.Capacity;
using Capacity.Domain.Care;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Results.Tables;

namespace Capacity.Results.Kpis;

/// <summary>Accumulates the run's KPIs from each day's national row.</summary>
internal sealed class KpiTally
{
    private readonly long[] _shortfall = new long[SupplyItems.All.Length];
    private long _arrivals;
    private long _admittedWard;
    private long _admittedIcu;
    private long _turnedAwayWard;
    private long _turnedAwayIcu;
    private long _deathsInCare;
    private long _deathsTurnedAway;
    private Peak _censusWard;
    private Peak _censusIcu;
    private double? _occupancyWard;
    private double? _occupancyIcu;
    private long _hospitalDaysAtCapacity;
    private long _stockOutHospitalDays;
    private DateOnly? _firstTurnedAway;
    private Peak _stretcherCensus;
    private long _nonCovidDemand;
    private long _deferred;

    /// <summary>COVID beds of the first day: the network size shown in the summary and manifest.</summary>
    public LevelCounts? FirstDayBeds { get; private set; }

    public void Observe(DateOnly date, RegionDayReport national)
    {
        FirstDayBeds ??= national.Beds;
        _arrivals += national.Arrivals.Total;
        _admittedWard += national.Admitted.Ward;
        _admittedIcu += national.Admitted.Icu;
        _turnedAwayWard += national.TurnedAway.Ward;
        _turnedAwayIcu += national.TurnedAway.Icu;
        _deathsInCare += national.Died.Total;
        _deathsTurnedAway += national.TurnedAwayDeaths;
        _censusWard = _censusWard.Offer(national.Census.Ward, date);
        _censusIcu = _censusIcu.Offer(national.Census.Icu, date);
        _occupancyWard = Max(_occupancyWard, RegionTable.Occupancy(national.Census.Ward, national.Beds.Ward));
        _occupancyIcu = Max(_occupancyIcu, RegionTable.Occupancy(national.Census.Icu, national.Beds.Icu));
        _hospitalDaysAtCapacity += national.HospitalsFull;
        _stretcherCensus = _stretcherCensus.Offer(national.StretcherCensus, date);
        _nonCovidDemand += national.NonCovidDemandBedDays;
        _deferred += national.DeferredBedDays;
        foreach (var line in national.Stock)
        {
            _stockOutHospitalDays += line.HospitalsStockedOut;
            _shortfall[(int)line.Item] += line.Shortfall;
        }

        if (_firstTurnedAway is null && national.TurnedAway.Total > 0)
        {
            _firstTurnedAway = date;
        }
    }

    public RunKpis ToKpis()
    {
        var turnedAway = _turnedAwayWard + _turnedAwayIcu;
        return new RunKpis(
            _arrivals,
            _admittedWard,
            _admittedIcu,
            _turnedAwayWard,
            _turnedAwayIcu,
            _arrivals > 0 ? (double)turnedAway / _arrivals : 0,
            _deathsInCare,
            _deathsTurnedAway,
            _censusWard.Value,
            _censusWard.Date,
            _censusIcu.Value,
            _censusIcu.Date,
            _occupancyWard,
            _occupancyIcu,
            _hospitalDaysAtCapacity,
            _stockOutHospitalDays,
            [.. _shortfall],
            _firstTurnedAway,
            _stretcherCensus.Value,
            _stretcherCensus.Date,
            _nonCovidDemand,
            _deferred,
            NonCovidDisplacement.DeferredAdmissions(_deferred));
    }

    private static double? Max(double? current, double? candidate) =>
        candidate is { } c && (current is null || c > current) ? c : current;

    /// <summary>A running maximum that keeps the first date it was reached.</summary>
    private readonly record struct Peak(int Value, DateOnly? Date)
    {
        public Peak Offer(int value, DateOnly date) => Date is null || value > Value ? new Peak(value, date) : this;
    }
}
