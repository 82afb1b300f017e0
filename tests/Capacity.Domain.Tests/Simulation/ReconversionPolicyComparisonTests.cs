using Capacity.Domain.Capacity;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Simulation;

/// <summary>Planners compare policies: under a demand surge they must lead to different outcomes.</summary>
public sealed class ReconversionPolicyComparisonTests
{
    [Fact]
    public void Under_a_surge_the_occupancy_trigger_turns_away_a_quarter_fewer_patients_than_no_reconversion()
    {
        var baseline = Surge(TestScenarios.NoReconversion);
        var trigger = Surge(TestScenarios.NoReconversion with
        {
            Policy = ReconversionPolicyKind.OccupancyTrigger,
            LeadDays = 2,
            Trigger = new OccupancyTrigger(0.8, 0.3, 1, 48),
        });

        var (awayBaseline, bedsBaseline) = TurnedAwayAndPeakBeds(baseline);
        var (awayTrigger, bedsTrigger) = TurnedAwayAndPeakBeds(trigger);

        Assert.True(awayTrigger < 0.75 * awayBaseline, $"turned away: trigger {awayTrigger}, no reconversion {awayBaseline}");
        Assert.True(bedsTrigger > 3 * bedsBaseline, $"peak COVID beds: trigger {bedsTrigger}, no reconversion {bedsBaseline}");
    }

    [Fact]
    public void Under_a_surge_the_forecast_trigger_turns_away_fewer_patients_than_no_reconversion_and_than_the_occupancy_trigger()
    {
        var baseline = Surge(TestScenarios.NoReconversion);
        var occupancy = Surge(TestScenarios.NoReconversion with
        {
            Policy = ReconversionPolicyKind.OccupancyTrigger,
            LeadDays = 2,
            Trigger = new OccupancyTrigger(0.8, 0.3, 1, 48),
        });
        var forecast = Surge(TestScenarios.NoReconversion with
        {
            Policy = ReconversionPolicyKind.ForecastTrigger,
            LeadDays = 2,
            Forecast = new ForecastTrigger(14, 0.15, 48),
        });

        var (awayBaseline, _) = TurnedAwayAndPeakBeds(baseline);
        var (awayOccupancy, _) = TurnedAwayAndPeakBeds(occupancy);
        var (awayForecast, bedsForecast) = TurnedAwayAndPeakBeds(forecast);

        Assert.True(awayForecast < 0.75 * awayBaseline, $"turned away: forecast {awayForecast}, no reconversion {awayBaseline}");
        Assert.True(awayForecast < awayOccupancy, $"turned away: forecast {awayForecast}, occupancy trigger {awayOccupancy}");
        Assert.True(bedsForecast > 0, "the forecast trigger converted nothing");
    }

    private static Scenario Surge(ReconversionSettings reconversion)
    {
        // A 4% attack rate on 1 M affiliates per OOAD against 5% of census beds: demand far above opening capacity.
        var p = TestScenarios.Parameters(seed: 11, days: 90, attackRate: 0.04) with
        {
            Capacity = TestScenarios.Parameters().Capacity with { CovidBedShare = new TierShares(0.05, 0.05, 0.05), IcuShareOfCovidBeds = new TierShares(0.3, 0.3, 0) },
            Reconversion = reconversion,
        };
        return TestScenarios.Scenario(parameters: p, network: TestScenarios.Network(ooads: 2, hospitalsPerOoad: 3, beds: 300));
    }

    private static (long TurnedAway, int PeakBeds) TurnedAwayAndPeakBeds(Scenario scenario)
    {
        var national = SimulationRuns.Run(scenario).Select(DayAggregates.Nationally).ToArray();
        return (national.Sum(n => (long)n.TurnedAway.Total), national.Max(n => n.Beds.Total));
    }
}
