using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Domain.Tests.Support;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Simulation;

/// <summary>
/// Conservation laws checked on every day of small random runs (see <see cref="SimulationCase"/>). Each property
/// collects every violation of a run and fails with the list, so a counterexample reads as a ledger.
/// </summary>
public sealed class InlineSimulatorConservationTests
{
    [Property(Arbitrary = new[] { typeof(SimulationCases) }, MaxTest = 40)]
    public void Patients_are_conserved_at_every_hospital_every_day(SimulationCase simulation)
    {
        var scenario = simulation.Scenario();
        var beds = RunLayout.For(scenario).Opening;

        var days = SimulationRuns.Run(scenario);

        var violations = new List<string>();
        var admitted = new Dictionary<string, LevelCounts>();
        var left = new Dictionary<string, LevelCounts>();
        var censusBeds = scenario.Network.Hospitals.ToDictionary(h => h.Id, h => h.CensusBeds);
        var network = scenario.Network.Hospitals.ToDictionary(h => h.Id);
        var stretcherShare = scenario.Capacity.StretcherShare;
        var yesterday = new Dictionary<string, LevelCounts>();
        var yesterdayStretchers = new Dictionary<string, int>();
        foreach (var day in days)
        {
            foreach (var h in day.Hospitals)
            {
                // Step-ups move patients from the ward to the ICU, step-downs back: each level balances with them,
                // and the total (cumulative new admissions) without them.
                var transfers = new LevelCounts(h.StepDowns - h.StepUps, h.StepUps - h.StepDowns);
                admitted[h.HospitalId] = admitted.GetValueOrDefault(h.HospitalId) + h.Admitted + transfers;
                left[h.HospitalId] = left.GetValueOrDefault(h.HospitalId) + h.Discharged + h.Died;
                var inCare = h.Census + new LevelCounts(h.StretcherCensus, 0);
                Check(
                    violations,
                    admitted[h.HospitalId] == left[h.HospitalId] + inCare,
                    day.Day,
                    h.HospitalId,
                    "admitted ± step-ups/downs ≠ discharged + died + census + stretcher census, per level");
                var before = yesterday.GetValueOrDefault(h.HospitalId) + new LevelCounts(yesterdayStretchers.GetValueOrDefault(h.HospitalId), 0);
                Check(
                    violations,
                    inCare == before - h.Discharged - h.Died + transfers + h.Admitted,
                    day.Day,
                    h.HospitalId,
                    $"today's {inCare} ≠ yesterday's {before} − leavers − step-ups + step-downs + admitted, per level");
                Check(
                    violations,
                    h.StepUps >= 0 && h.StepDowns >= 0 && h.StepUpBlocked >= 0 && h.StepUps <= before.Ward && h.StepDowns <= before.Icu,
                    day.Day,
                    h.HospitalId,
                    $"step-ups {h.StepUps}, step-downs {h.StepDowns}, blocked {h.StepUpBlocked} out of range");
                Check(
                    violations,
                    h.StretcherCensus >= 0 && h.StretcherCensus <= Stretchers.Places(network[h.HospitalId], ReconversionPhase.PhaseIII, stretcherShare),
                    day.Day,
                    h.HospitalId,
                    $"stretcher census {h.StretcherCensus} outside 0..stretcher places");
                Check(
                    violations,
                    h.Arrivals + h.TransfersIn == h.Admitted + h.TurnedAway + h.TransferredOut,
                    day.Day,
                    h.HospitalId,
                    "arrivals + transfers in ≠ admitted + turned away + transferred out");
                Check(
                    violations,
                    Within(h.TransferredOut, h.TransferCandidates) && Within(h.TransferCandidates, h.Arrivals),
                    day.Day,
                    h.HospitalId,
                    $"transferred out {h.TransferredOut} outside 0..candidates {h.TransferCandidates} (arrivals {h.Arrivals})");
                if (simulation.Trigger is null)
                {
                    Check(violations, h.Beds == beds[h.HospitalId].Beds, day.Day, h.HospitalId, "beds differ from the bed plan");
                }

                // Reconversion may take beds away from patients already in care; it never admits beyond the beds.
                var ceiling = new LevelCounts(
                    Math.Max(h.Beds.Ward, yesterday.GetValueOrDefault(h.HospitalId).Ward),
                    Math.Max(h.Beds.Icu, yesterday.GetValueOrDefault(h.HospitalId).Icu));
                Check(violations, Within(h.Census, ceiling), day.Day, h.HospitalId, $"census {h.Census} outside 0..{ceiling}");
                Check(violations, h.Beds.Ward >= 0 && h.Beds.Icu >= 0 && h.Beds.Total <= censusBeds[h.HospitalId], day.Day, h.HospitalId, $"beds {h.Beds} outside 0..census beds");
                yesterday[h.HospitalId] = h.Census;
                yesterdayStretchers[h.HospitalId] = h.StretcherCensus;
                Check(violations, Within(h.TurnedAway, h.Arrivals + h.TransfersIn), day.Day, h.HospitalId, "negative admissions or turned-away patients");
                Check(violations, h.TurnedAwayDeaths >= 0 && h.TurnedAwayDeaths <= h.TurnedAway.Total, day.Day, h.HospitalId, "more turned-away deaths than turned away");
            }
        }

        Assert.Empty(violations);
    }

    [Property(Arbitrary = new[] { typeof(SimulationCases) }, MaxTest = 40)]
    public void Stock_is_conserved_per_item_at_every_node_every_day(SimulationCase simulation)
    {
        Assert.Empty(StockLedger.NodeViolations(simulation.Scenario()));
    }

    [Property(Arbitrary = new[] { typeof(SimulationCases) }, MaxTest = 40)]
    public void Network_stock_on_hand_in_transit_and_consumed_equals_opening_stock_plus_supplier_deliveries(SimulationCase simulation)
    {
        Assert.Empty(StockLedger.NetworkViolations(simulation.Scenario()));
    }

    private static bool Within(LevelCounts counts, LevelCounts upper) =>
        counts.Ward >= 0 && counts.Icu >= 0 && counts.Ward <= upper.Ward && counts.Icu <= upper.Icu;

    private static void Check(List<string> violations, bool holds, int day, string entity, string message)
    {
        if (!holds)
        {
            violations.Add($"day {day} {entity}: {message}");
        }
    }
}
