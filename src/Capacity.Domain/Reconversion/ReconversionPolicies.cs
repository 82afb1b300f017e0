using System.Collections.Immutable;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;
using Capacity.Domain.Simulation;
using Capacity.Domain.Staffing;

namespace Capacity.Domain.Reconversion;

/// <summary>Builds the reconversion policy a scenario names, for one OOAD.</summary>
public static class ReconversionPolicies
{
    /// <summary>The OOAD's policy; with staffing enabled, wrapped with the staffing rules (<see cref="StaffedPolicy"/>).</summary>
    /// <param name="parameters">The scenario's model parameters: reconversion settings, start date, and the demand and care
    /// settings the forecast trigger forecasts with.</param>
    /// <param name="ooad">The OOAD deciding.</param>
    /// <param name="planOfThisOoad">Schedule policy: the OOAD's share of <see cref="SchedulePlan.Build"/>.</param>
    /// <param name="floorOfThisOoad">Schedule policy: the OOAD's share of <see cref="SchedulePlan.Floor"/>.</param>
    /// <param name="demand">The OOAD's demand curve, which the forecast trigger forecasts with (default: the waves model's).</param>
    public static IReconversionPolicy Create(
        ModelParameters parameters,
        Ooad ooad,
        ImmutableArray<PlannedChange> planOfThisOoad,
        ImmutableArray<PlannedChange> floorOfThisOoad,
        DemandCurve? demand = null)
    {
        var settings = parameters.Reconversion;
        IReconversionPolicy policy = settings.Policy switch
        {
            ReconversionPolicyKind.None => new NoReconversionPolicy(),
            ReconversionPolicyKind.Schedule =>
                new SchedulePolicy(planOfThisOoad, parameters.Start, settings.LeadDays, settings.Reversion, floorOfThisOoad),
            ReconversionPolicyKind.OccupancyTrigger =>
                new OccupancyTriggerPolicy(settings.Trigger, settings.LeadDays, settings.IcuShareOfConvertedBeds),
            ReconversionPolicyKind.ForecastTrigger =>
                new ForecastTriggerPolicy(
                    settings.Forecast,
                    settings.LeadDays,
                    settings.IcuShareOfConvertedBeds,
                    new CensusForecast(demand ?? DemandCurve.For(parameters, ooad), parameters.Care)),
            _ => throw new ArgumentOutOfRangeException(nameof(parameters), settings.Policy, "Unknown reconversion policy."),
        };

        // Staffing rules travel with the policy, so the inline kernel and the OOAD grains limit with the same ones.
        return parameters.Staffing is { Enabled: true } staffing ? new StaffedPolicy(policy, staffing) : policy;
    }
}
