using System.Collections.Immutable;
using Capacity.Domain.Capacity;
using Capacity.Domain.Supply;

namespace Capacity.Results;

/// <summary>
/// Headline figures of a run, summed over every hospital and day. Patients are counted once, on the day
/// they arrive at (or are turned away from) a hospital. Append parameters only.
/// </summary>
/// <param name="TotalArrivals">Patients routed to a hospital (ward + ICU).</param>
/// <param name="TotalAdmittedWard">Arrivals that found a ward bed.</param>
/// <param name="TotalAdmittedIcu">Arrivals that found an ICU bed.</param>
/// <param name="TotalTurnedAwayWard">Ward arrivals with no bed.</param>
/// <param name="TotalTurnedAwayIcu">ICU arrivals with no bed.</param>
/// <param name="TurnedAwayShare">Turned away ÷ arrivals (0 when nobody arrived).</param>
/// <param name="DeathsInCare">Patients who died in a COVID bed.</param>
/// <param name="DeathsTurnedAway">Deaths among turned-away patients.</param>
/// <param name="PeakCensusWard">Highest national ward census at the end of a day.</param>
/// <param name="PeakCensusWardDate">First date the ward peak was reached; null for a run without days.</param>
/// <param name="PeakCensusIcu">Highest national ICU census at the end of a day.</param>
/// <param name="PeakCensusIcuDate">First date the ICU peak was reached; null for a run without days.</param>
/// <param name="PeakOccupancyWard">Highest national ward census ÷ ward beds; null when there were never ward beds.</param>
/// <param name="PeakOccupancyIcu">Highest national ICU census ÷ ICU beds; null when there were never ICU beds.</param>
/// <param name="HospitalDaysAtCapacity">Hospital-days on which some level's COVID beds were all occupied.</param>
/// <param name="StockOutHospitalDays">Hospital-item-days with unmet demand (shortfall &gt; 0).</param>
/// <param name="PpeShortfallUnits">Units of demand not met, one entry per item in <see cref="SupplyItems.All"/> order.</param>
/// <param name="FirstTurnedAwayDate">First date a patient was turned away; null when nobody was.</param>
/// <param name="PeakStretcherCensus">Highest national count of COVID patients on observation stretchers at the end of a day.</param>
/// <param name="PeakStretcherCensusDate">First date the stretcher peak was reached; null for a run without days.</param>
/// <param name="NonCovidDemandBedDays">Σ over hospitals and days of non-COVID demand (bed-days).</param>
/// <param name="DeferredBedDays">Σ over hospitals and days of deferred non-COVID bed-days: the deferred elective care.</param>
/// <param name="DeferredAdmissions">
/// <paramref name="DeferredBedDays"/> ÷ the 2019 mean stay of 5.24 days (<see cref="NonCovidDisplacement.BaselineMeanStayDays"/>).
/// </param>
public sealed record RunKpis(
    long TotalArrivals,
    long TotalAdmittedWard,
    long TotalAdmittedIcu,
    long TotalTurnedAwayWard,
    long TotalTurnedAwayIcu,
    double TurnedAwayShare,
    long DeathsInCare,
    long DeathsTurnedAway,
    int PeakCensusWard,
    DateOnly? PeakCensusWardDate,
    int PeakCensusIcu,
    DateOnly? PeakCensusIcuDate,
    double? PeakOccupancyWard,
    double? PeakOccupancyIcu,
    long HospitalDaysAtCapacity,
    long StockOutHospitalDays,
    ImmutableArray<long> PpeShortfallUnits,
    DateOnly? FirstTurnedAwayDate,
    int PeakStretcherCensus,
    DateOnly? PeakStretcherCensusDate,
    long NonCovidDemandBedDays,
    long DeferredBedDays,
    double DeferredAdmissions)
{
    /// <summary>Admitted ward + ICU patients.</summary>
    public long TotalAdmitted => TotalAdmittedWard + TotalAdmittedIcu;

    /// <summary>Turned-away ward + ICU patients.</summary>
    public long TotalTurnedAway => TotalTurnedAwayWard + TotalTurnedAwayIcu;

    /// <summary>Units of one item's demand that were not met.</summary>
    public long ShortfallUnits(SupplyItem item) => PpeShortfallUnits[(int)item];

    /// <summary>The KPIs as (indicator, value) text rows, as <c>summary.md</c> and the CLI show them.</summary>
    public IEnumerable<(string Indicator, string Value)> Rows()
    {
        yield return ("Patients arriving", TextFormat.Count(TotalArrivals));
        yield return ("Admitted (ward / ICU)", $"{TextFormat.Count(TotalAdmittedWard)} / {TextFormat.Count(TotalAdmittedIcu)}");
        yield return ("Turned away (ward / ICU)", $"{TextFormat.Count(TotalTurnedAwayWard)} / {TextFormat.Count(TotalTurnedAwayIcu)}");
        yield return ("Turned-away share", TextFormat.Percent(TurnedAwayShare));
        yield return ("First patient turned away", FirstTurnedAwayDate is { } first ? TextFormat.Date(first) : "—");
        yield return ("Deaths in care", TextFormat.Count(DeathsInCare));
        yield return ("Deaths among turned-away patients", TextFormat.Count(DeathsTurnedAway));
        yield return ("Peak ward census", PeakText(PeakCensusWard, PeakCensusWardDate));
        yield return ("Peak ICU census", PeakText(PeakCensusIcu, PeakCensusIcuDate));
        yield return ("Peak ward occupancy", PeakOccupancyWard is { } ward ? TextFormat.Percent(ward) : "—");
        yield return ("Peak ICU occupancy", PeakOccupancyIcu is { } icu ? TextFormat.Percent(icu) : "—");
        yield return ("Hospital-days at capacity", TextFormat.Count(HospitalDaysAtCapacity));
        yield return ("Peak patients on observation stretchers", PeakText(PeakStretcherCensus, PeakStretcherCensusDate));
        yield return ("Non-COVID demand (bed-days)", TextFormat.Count(NonCovidDemandBedDays));
        yield return ("Deferred non-COVID care (bed-days)", TextFormat.Count(DeferredBedDays));
        yield return ("Deferred non-COVID admissions (bed-days ÷ 5.24-day stay)", TextFormat.Count((long)Math.Round(DeferredAdmissions, MidpointRounding.AwayFromZero)));
        yield return ("Hospital stock-out days (hospital × item × day)", TextFormat.Count(StockOutHospitalDays));
        foreach (var item in SupplyItems.All)
        {
            yield return ($"Shortfall, `{SupplyItems.Code(item)}` (units)", TextFormat.Count(ShortfallUnits(item)));
        }
    }

    private static string PeakText(int value, DateOnly? date) =>
        date is { } d ? $"{TextFormat.Count(value)} on {TextFormat.Date(d)}" : "—";
}
