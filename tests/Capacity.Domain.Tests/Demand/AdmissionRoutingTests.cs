using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Demand;

public sealed class AdmissionRoutingTests
{
    [Fact]
    public void Patients_fill_free_beds_in_proportion_to_the_free_beds()
    {
        ImmutableArray<HospitalSnapshot> hospitals =
        [
            TestScenarios.Snapshot("a", new LevelCounts(10, 2), new LevelCounts(4, 0)),
            TestScenarios.Snapshot("b", new LevelCounts(10, 2), new LevelCounts(7, 2)),
        ];

        var routed = AdmissionRouting.Route(new LevelCounts(6, 1), hospitals);

        Assert.Equal([new LevelCounts(4, 1), new LevelCounts(2, 0)], routed);
    }

    [Fact]
    public void Overflow_beyond_the_free_beds_is_spread_in_proportion_to_bed_counts()
    {
        ImmutableArray<HospitalSnapshot> hospitals =
        [
            TestScenarios.Snapshot("a", new LevelCounts(10, 0), new LevelCounts(4, 0)),
            TestScenarios.Snapshot("b", new LevelCounts(20, 0), new LevelCounts(17, 0)),
        ];

        var routed = AdmissionRouting.Route(new LevelCounts(15, 0), hospitals);

        // 9 free beds (6 + 3) are filled; the other 6 patients go 1:2 by beds.
        Assert.Equal([new LevelCounts(8, 0), new LevelCounts(7, 0)], routed);
    }

    [Fact]
    public void A_hospital_without_beds_of_a_level_gets_none_of_its_patients_while_another_has_beds()
    {
        ImmutableArray<HospitalSnapshot> hospitals =
        [
            TestScenarios.Snapshot("a", new LevelCounts(50, 0), default),
            TestScenarios.Snapshot("b", new LevelCounts(5, 4), new LevelCounts(0, 0)),
        ];

        var withRoom = AdmissionRouting.Route(new LevelCounts(0, 3), hospitals);
        var overflowing = AdmissionRouting.Route(new LevelCounts(0, 10), hospitals);

        Assert.Equal([new LevelCounts(0, 0), new LevelCounts(0, 3)], withRoom);
        Assert.Equal([new LevelCounts(0, 0), new LevelCounts(0, 10)], overflowing);
    }

    [Fact]
    public void Patients_of_a_level_no_hospital_offers_go_by_total_beds_plus_one_and_are_not_lost()
    {
        ImmutableArray<HospitalSnapshot> hospitals =
        [
            TestScenarios.Snapshot("a", new LevelCounts(10, 0), default),
            TestScenarios.Snapshot("b", new LevelCounts(30, 0), default),
        ];

        var routed = AdmissionRouting.Route(new LevelCounts(0, 4), hospitals);

        // Weights 11 and 31: 1.05 and 2.95, so the remainder goes to b.
        Assert.Equal([new LevelCounts(0, 1), new LevelCounts(0, 3)], routed);
    }

    [Property(Arbitrary = new[] { typeof(RoutingCases) }, MaxTest = 300)]
    public void Every_patient_is_routed_and_nobody_exceeds_free_beds_while_there_is_room(RoutingCase routing)
    {
        var (arrivals, hospitals) = routing;

        var routed = AdmissionRouting.Route(arrivals, hospitals);

        Assert.Equal(hospitals.Length, routed.Length);
        Assert.Equal(arrivals, routed.Aggregate(default(LevelCounts), (sum, r) => sum + r));
        foreach (var level in new[] { CareLevel.Ward, CareLevel.Icu })
        {
            var free = hospitals.Sum(h => h.Free[level]);
            var anyBeds = hospitals.Any(h => h.Beds[level] > 0);
            for (var i = 0; i < hospitals.Length; i++)
            {
                var upper = arrivals[level] <= free ? hospitals[i].Free[level] : arrivals[level];
                var lower = arrivals[level] <= free ? 0 : hospitals[i].Free[level];
                Assert.InRange(routed[i][level], lower, upper);
                if (anyBeds && hospitals[i].Beds[level] == 0)
                {
                    Assert.Equal(0, routed[i][level]);
                }
            }
        }
    }
}

/// <summary>Arrivals and 1-6 hospital snapshots, some without beds of a level and some over-full.</summary>
public sealed record RoutingCase(LevelCounts Arrivals, ImmutableArray<HospitalSnapshot> Hospitals);

/// <summary>FsCheck generator of <see cref="RoutingCase"/>.</summary>
public static class RoutingCases
{
    public static Arbitrary<RoutingCase> Cases()
    {
        var counts = from ward in Gen.Choose(0, 40) from icu in Gen.Choose(0, 6) select new LevelCounts(ward, icu);
        var snapshot = from beds in counts from census in counts select (Beds: beds, Census: census);
        return (from arrivals in Gen.Choose(0, 200).Zip(Gen.Choose(0, 40))
                from n in Gen.Choose(1, 6)
                from rows in snapshot.ArrayOf(n)
                select new RoutingCase(
                    new LevelCounts(arrivals.Item1, arrivals.Item2),
                    rows.Select((r, i) => TestScenarios.Snapshot($"h{i}", r.Beds, r.Census)).ToImmutableArray()))
            .ToArbitrary();
    }
}
