using System.Collections.Immutable;
using Capacity.Domain.Capacity;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Simulation;
using Capacity.Domain.Tests.Support;
using Capacity.Domain.Transfers;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Transfers;

/// <summary>Transfers over whole runs of the inline kernel.</summary>
public sealed class TransferRunTests
{
    [Property(Arbitrary = new[] { typeof(SimulationCases) }, MaxTest = 40)]
    public void Every_patient_transferred_out_arrives_the_next_day_where_the_policy_allows(SimulationCase simulation)
    {
        var scenario = simulation.Scenario();
        var settings = scenario.Transfers!;

        var days = SimulationRuns.Run(scenario);

        var violations = new List<string>();
        for (var d = 0; d < days.Count; d++)
        {
            var day = days[d];
            var sent = day.Hospitals.Aggregate(default(LevelCounts), (s, h) => s + h.TransferredOut);
            var moved = day.Transfers.Aggregate(default(LevelCounts), (s, t) => s + t.Patients);
            if (sent != moved)
            {
                violations.Add($"day {d}: hospitals report {sent} transferred out, the transfers move {moved}");
            }

            if (d + 1 < days.Count)
            {
                var arrived = days[d + 1].Hospitals.Aggregate(default(LevelCounts), (s, h) => s + h.TransfersIn);
                if (arrived != moved)
                {
                    violations.Add($"day {d + 1}: {arrived} arrived by transfer, {moved} were sent the day before");
                }
            }

            foreach (var t in day.Transfers)
            {
                var allowed = settings.Policy switch
                {
                    TransferPolicyKind.None => false,
                    TransferPolicyKind.WithinOoad => !t.BetweenOoads,
                    _ => !t.BetweenOoads || settings.NeighboursOf(t.FromOoad).Contains(t.ToOoad),
                };
                if (!allowed || t.FromHospital == t.ToHospital)
                {
                    violations.Add($"day {d}: {t} is not allowed by {settings.Policy}");
                }
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void Under_a_regional_surge_the_neighbours_policy_turns_away_a_quarter_fewer_patients_than_none_or_within_the_ooad()
    {
        var none = TurnedAway(TransferPolicyKind.None);
        var within = TurnedAway(TransferPolicyKind.WithinOoad);
        var neighbours = TurnedAway(TransferPolicyKind.Neighbours);

        Assert.True(none.TurnedAway > 100, $"the surge turned away only {none.TurnedAway} patients");
        Assert.True(within.TurnedAway <= none.TurnedAway, $"within OOAD {within.TurnedAway}, none {none.TurnedAway}");
        Assert.True(neighbours.TurnedAway < 0.75 * none.TurnedAway, $"neighbours {neighbours.TurnedAway}, none {none.TurnedAway}");
        Assert.Equal(0, none.BetweenOoads);
        Assert.True(neighbours.BetweenOoads > 0);
        Assert.True(neighbours.Deaths < none.Deaths, $"deaths with neighbours {neighbours.Deaths}, none {none.Deaths}");
    }

    [Fact]
    public void Without_a_transfer_policy_the_run_is_the_same_as_with_the_none_policy()
    {
        var without = Surge(TransferPolicyKind.None) with { Transfers = null };

        Assert.Equal(
            ResultText.Of(SimulationRuns.Run(without)),
            ResultText.Of(SimulationRuns.Run(Surge(TransferPolicyKind.None))));
    }

    private static (long TurnedAway, long BetweenOoads, long Deaths) TurnedAway(TransferPolicyKind policy)
    {
        var days = SimulationRuns.Run(Surge(policy));
        var national = days.Select(DayAggregates.Nationally).ToArray();
        return (
            national.Sum(n => (long)n.TurnedAway.Total),
            days.Sum(d => d.Transfers.Where(t => t.BetweenOoads).Sum(t => (long)t.Patients.Total)),
            national.Sum(n => (long)n.Died.Total + n.TurnedAwayDeaths));
    }

    /// <summary>Three OOADs in a chain; the first gets five times the national attack rate, two weeks early.</summary>
    private static Scenario Surge(TransferPolicyKind policy)
    {
        var p = TestScenarios.Parameters(seed: 5, days: 80, attackRate: 0.003);
        p = p with
        {
            Demand = p.Demand with
            {
                Regions = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("o01", new RegionalDemand(5, -14))]),
            },
            Capacity = p.Capacity with { CovidBedShare = new TierShares(0.3, 0.3, 0.3), IcuShareOfCovidBeds = new TierShares(0.3, 0.3, 0) },
        };
        var network = TestScenarios.Network(ooads: 3, hospitalsPerOoad: 3, beds: 200);
        return TestScenarios.Scenario(parameters: p, network: network) with { Transfers = TestScenarios.ChainTransfers(network, policy) };
    }
}
