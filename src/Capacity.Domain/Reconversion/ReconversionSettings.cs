using System.Collections.Immutable;
using Orleans;

namespace Capacity.Domain.Reconversion;

/// <summary>How hospitals are reconverted during a run.</summary>
/// <param name="Policy">Which policy decides.</param>
/// <param name="LeadDays">Days from an OOAD's decision to the beds being ready (≥ 1).</param>
/// <param name="IcuShareOfConvertedBeds">Share of converted beds in permanent hospitals that are ICU beds.</param>
/// <param name="Schedule">Schedule policy: national targets by date, in date order.</param>
/// <param name="TemporaryUnits">Schedule policy: opening and closing of temporary units.</param>
/// <param name="Reversion">Schedule policy: reversion and reactivation by regional signal; null = never revert.</param>
/// <param name="Trigger">Occupancy-trigger policy settings.</param>
/// <param name="Forecast">Forecast-trigger policy settings.</param>
[GenerateSerializer, Immutable, Alias("capacity.ReconversionSettings")]
public sealed record ReconversionSettings(
    ReconversionPolicyKind Policy,
    int LeadDays,
    double IcuShareOfConvertedBeds,
    ImmutableArray<ScheduleStep> Schedule,
    ImmutableArray<TemporaryUnitPlan> TemporaryUnits,
    Reversion? Reversion,
    OccupancyTrigger Trigger,
    ForecastTrigger Forecast);
