using System.Collections.Immutable;
using Orleans;
using Capacity.Domain.Care;

namespace Capacity.Domain.Simulation;

/// <summary>An OOAD's (or the nation's) day: the sum of its hospitals and warehouses. Append parameters only.</summary>
/// <param name="Day">Tick.</param>
/// <param name="RegionCode">OOAD code, or <see cref="DayAggregates.National"/>.</param>
/// <param name="Hospitals">Number of hospitals summed.</param>
/// <param name="HospitalsFull">Hospitals whose COVID beds of some level were all occupied.</param>
/// <param name="StretcherCensus">Σ of the hospitals' COVID patients on observation stretchers.</param>
/// <param name="NonCovidDemandBedDays">Σ of the hospitals' non-COVID demand (bed-days).</param>
/// <param name="DeferredBedDays">Σ of the hospitals' deferred non-COVID bed-days.</param>
/// <param name="StepUps">Σ of the hospitals' ward → ICU step-ups.</param>
/// <param name="StepDowns">Σ of the hospitals' ICU → ward step-downs.</param>
/// <param name="StepUpBlocked">Σ of the hospitals' step-ups that found no ICU bed.</param>
/// <param name="TransfersIn">Σ of the hospitals' patients arrived by transfer.</param>
/// <param name="TransferredOut">Σ of the hospitals' patients transferred out.</param>
/// <param name="TransferredToOtherOoads">Patients the region's hospitals transferred today to hospitals of another OOAD
/// (0 nationally).</param>
/// <param name="TransferredFromOtherOoads">Patients hospitals of other OOADs transferred today to the region's hospitals
/// (they arrive tomorrow; 0 nationally).</param>
[GenerateSerializer, Immutable, Alias("capacity.RegionDayReport")]
public sealed record RegionDayReport(
    int Day,
    string RegionCode,
    int Hospitals,
    int HospitalsFull,
    LevelCounts Beds,
    LevelCounts Arrivals,
    LevelCounts Admitted,
    LevelCounts TurnedAway,
    LevelCounts Discharged,
    LevelCounts Died,
    int TurnedAwayDeaths,
    LevelCounts Census,
    ImmutableArray<RegionStock> Stock,
    int StretcherCensus,
    int NonCovidDemandBedDays,
    int DeferredBedDays,
    int StepUps,
    int StepDowns,
    int StepUpBlocked,
    LevelCounts TransfersIn = default,
    LevelCounts TransferredOut = default,
    int TransferredToOtherOoads = 0,
    int TransferredFromOtherOoads = 0);
