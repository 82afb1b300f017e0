using Capacity.Domain.Capacity;
using Capacity.Domain.Care;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Simulation;

/// <summary>Observation stretchers and displaced non-COVID care over a whole inline run.</summary>
public sealed class StretcherRunTests
{
    [Fact]
    public void Under_a_surge_phase_III_hospitals_fill_stretchers_only_on_days_their_ward_beds_are_full()
    {
        var days = SimulationRuns.Run(Surge(0.05));

        var rows = days.SelectMany(d => d.Hospitals).ToArray();
        var yesterday = new Dictionary<string, int>();
        var violations = new List<string>();
        foreach (var h in rows)
        {
            var grew = h.StretcherCensus > yesterday.GetValueOrDefault(h.HospitalId);
            if (grew && (h.Phase != ReconversionPhase.PhaseIII || h.Census.Ward < h.Beds.Ward))
            {
                violations.Add($"day {h.Day} {h.HospitalId}: {h.StretcherCensus} on stretchers, ward {h.Census.Ward} of {h.Beds.Ward}, {h.Phase}");
            }

            yesterday[h.HospitalId] = h.StretcherCensus;
        }

        Assert.Empty(violations);
        Assert.Contains(rows, h => h.StretcherCensus > 0);
    }

    [Fact]
    public void Stretchers_turn_away_fewer_patients_than_a_run_without_them()
    {
        var with = SimulationRuns.Run(Surge(0.05)).SelectMany(d => d.Hospitals).Sum(h => h.TurnedAway.Total);
        var without = SimulationRuns.Run(Surge(0)).SelectMany(d => d.Hospitals).Sum(h => h.TurnedAway.Total);

        Assert.True(with < without, $"turned away: with stretchers {with}, without {without}");
    }

    [Fact]
    public void Every_hospital_day_defers_exactly_its_demand_above_the_census_beds_left_by_its_covid_beds()
    {
        var scenario = Surge(0.05);
        var network = scenario.Network.Hospitals.ToDictionary(h => h.Id);

        var rows = SimulationRuns.Run(scenario).SelectMany(d => d.Hospitals).ToArray();

        Assert.All(rows, h =>
        {
            var hospital = network[h.HospitalId];
            var demand = (int)Math.Round(scenario.Capacity.NonCovidOccupancy.For(hospital.Type) * hospital.CensusBeds, MidpointRounding.AwayFromZero);
            Assert.Equal((demand, Math.Max(0, demand - Math.Max(0, hospital.CensusBeds - h.Beds.Total))), (h.NonCovidDemandBedDays, h.DeferredBedDays));
        });
        Assert.Contains(rows, h => h.DeferredBedDays > 0);
    }

    private static Scenario Surge(double stretcherShare)
    {
        // A 4% attack rate against 5% of census beds; the occupancy trigger converts blocks of beds in Phase III.
        var defaults = TestScenarios.Parameters();
        var p = TestScenarios.Parameters(seed: 11, days: 90, attackRate: 0.04) with
        {
            Capacity = defaults.Capacity with
            {
                CovidBedShare = new TierShares(0.05, 0.05, 0.05),
                IcuShareOfCovidBeds = new TierShares(0.3, 0.3, 0),
                StretcherShare = stretcherShare,
            },
            Reconversion = TestScenarios.NoReconversion with
            {
                Policy = ReconversionPolicyKind.OccupancyTrigger,
                LeadDays = 2,
                Trigger = new OccupancyTrigger(0.8, 0.3, 1, 48),
            },
        };
        return TestScenarios.Scenario(parameters: p, network: TestScenarios.Network(ooads: 2, hospitalsPerOoad: 3, beds: 300));
    }
}
