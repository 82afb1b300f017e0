using System.Collections.Immutable;

namespace Capacity.Domain.Reconversion;

/// <summary>Builds the reconversion policy a scenario names, for one OOAD.</summary>
public static class ReconversionPolicies
{
    /// <summary>The OOAD's policy.</summary>
    /// <param name="settings">The scenario's reconversion settings.</param>
    /// <param name="start">Date of day 0.</param>
    /// <param name="planOfThisOoad">Schedule policy: the OOAD's share of <see cref="SchedulePlan.Build"/>.</param>
    /// <param name="floorOfThisOoad">Schedule policy: the OOAD's share of <see cref="SchedulePlan.Floor"/>.</param>
    public static IReconversionPolicy Create(
        ReconversionSettings settings,
        DateOnly start,
        ImmutableArray<PlannedChange> planOfThisOoad,
        ImmutableArray<PlannedChange> floorOfThisOoad) => settings.Policy switch
        {
            ReconversionPolicyKind.None => new NoReconversionPolicy(),
            ReconversionPolicyKind.Schedule =>
                new SchedulePolicy(planOfThisOoad, start, settings.LeadDays, settings.Reversion, floorOfThisOoad),
            ReconversionPolicyKind.OccupancyTrigger =>
                new OccupancyTriggerPolicy(settings.Trigger, settings.LeadDays, settings.IcuShareOfConvertedBeds),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Policy, "Unknown reconversion policy."),
        };
}
