using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Transfers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Transfers;

/// <summary>
/// The regulator finds each patient's bed with heaps since issue 9; these properties hold it to the plain scan it
/// replaced (kept here as the reference): the same moves, patient for patient, whatever the candidate lists share.
/// </summary>
public sealed class BedRegulatorReferenceTests
{
    private static readonly string[] Ooads = ["o1", "o2", "o3"];

    [Property(Arbitrary = new[] { typeof(MixedCases) }, MaxTest = 300)]
    public void Within_an_ooad_the_heap_regulator_moves_exactly_what_the_scan_moved(RegulatorCase c)
    {
        Assert.Equal(
            Reference(0, c.Requests, c.Offers, (from, to) => from.HospitalId != to.HospitalId),
            BedRegulator.WithinOoad(0, c.Requests, c.Offers));
    }

    [Property(Arbitrary = new[] { typeof(MixedCases) }, MaxTest = 300)]
    public void Between_ooads_the_heap_regulator_moves_exactly_what_the_scan_moved(RegulatorCase c)
    {
        // o1 and o2 are neighbours both ways, o3 sends to o1 only.
        static bool May(string from, string to) => (from, to) is ("o1", "o2") or ("o2", "o1") or ("o3", "o1");

        Assert.Equal(
            Reference(4, c.Requests, c.Offers, (from, to) => May(from.OoadCode, to.OoadCode)),
            BedRegulator.BetweenOoads(4, c.Requests, c.Offers, May));
    }

    [Property(Arbitrary = new[] { typeof(MixedCases) }, MaxTest = 300)]
    public void With_any_eligibility_the_heap_regulator_moves_exactly_what_the_scan_moved(RegulatorCase c)
    {
        static bool Eligible(TransferNeed from, TransferNeed to) => (from.HospitalId[^1] + to.HospitalId[^1]) % 3 != 0;

        Assert.Equal(Reference(1, c.Requests, c.Offers, Eligible), BedRegulator.Assign(1, c.Requests, c.Offers, Eligible));
    }

    // The regulator before issue 9: for every patient, a scan of the request's eligible offers for the most spare beds.
    private static ImmutableArray<PatientTransfer> Reference(
        int day, IReadOnlyList<TransferNeed> requests, IReadOnlyList<TransferNeed> offers, Func<TransferNeed, TransferNeed, bool> eligible)
    {
        if (requests.Count == 0 || offers.Count == 0)
        {
            return [];
        }

        var targets = requests.Select(r => Enumerable.Range(0, offers.Count).Where(j => eligible(r, offers[j])).ToArray()).ToArray();
        var ward = Level(CareLevel.Ward);
        var icu = Level(CareLevel.Icu);
        return [.. ward.Keys.Union(icu.Keys).Order()
            .Select(p => new PatientTransfer(
                day, requests[p.Item1].HospitalId, requests[p.Item1].OoadCode, offers[p.Item2].HospitalId, offers[p.Item2].OoadCode,
                new LevelCounts(ward.GetValueOrDefault(p), icu.GetValueOrDefault(p))))
            .OrderBy(m => m.FromHospital, StringComparer.Ordinal).ThenBy(m => m.ToHospital, StringComparer.Ordinal)];

        Dictionary<(int, int), int> Level(CareLevel level)
        {
            var moved = new Dictionary<(int, int), int>();
            var need = requests.Select(r => Math.Max(0, r.Beds[level])).ToArray();
            var spare = offers.Select(o => Math.Max(0, o.Beds[level])).ToArray();
            for (var progress = true; progress;)
            {
                progress = false;
                for (var i = 0; i < need.Length; i++)
                {
                    if (need[i] == 0)
                    {
                        continue;
                    }

                    var best = -1;
                    foreach (var j in targets[i])
                    {
                        if (spare[j] > 0 && (best < 0 || spare[j] > spare[best]))
                        {
                            best = j;
                        }
                    }

                    if (best < 0)
                    {
                        need[i] = 0;
                        continue;
                    }

                    need[i]--;
                    spare[best]--;
                    moved[(i, best)] = moved.GetValueOrDefault((i, best)) + 1;
                    progress = true;
                }
            }

            return moved;
        }
    }

    /// <summary>Requests and offers from one small pool of hospitals in three OOADs, so a hospital can be on both lists.</summary>
    public static class MixedCases
    {
        public static Arbitrary<RegulatorCase> Cases()
        {
            var need =
                from hospital in Gen.Choose(0, 7)
                from ward in Gen.Choose(0, 12)
                from icu in Gen.Choose(0, 6)
                select new TransferNeed($"h{hospital}", Ooads[hospital % Ooads.Length], new LevelCounts(ward, icu));
            return (from requests in need.ArrayOf()
                    from offers in need.ArrayOf()
                    select new RegulatorCase(
                        [.. requests.DistinctBy(r => r.HospitalId).OrderBy(r => r.HospitalId, StringComparer.Ordinal)],
                        [.. offers.DistinctBy(o => o.HospitalId).OrderBy(o => o.HospitalId, StringComparer.Ordinal)]))
                .ToArbitrary();
        }
    }
}
