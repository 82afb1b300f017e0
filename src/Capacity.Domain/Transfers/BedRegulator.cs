using System.Collections.Immutable;
using Capacity.Domain.Care;

namespace Capacity.Domain.Transfers;

/// <summary>
/// Matches patients who need a bed with hospitals that can spare one, as a bed regulator would: one patient at a time,
/// the requests taking turns (so the first hospital in the list cannot take every spare bed before the others get
/// one), each patient to the eligible hospital with the most spare beds of the level left (ties: the first offer, i.e.
/// lowest id). Levels are matched separately: a ward patient takes a ward bed, an ICU patient an ICU bed.
/// </summary>
public static class BedRegulator
{
    /// <summary>The transfers, one per (sender, recipient) pair with patients, ordered by sender then recipient id.</summary>
    /// <param name="day">Today (the transfers' <see cref="PatientTransfer.Day"/>).</param>
    /// <param name="requests">Patients to place, by hospital.</param>
    /// <param name="offers">Beds to spare, by hospital.</param>
    /// <param name="eligible">Whether a request may be sent to an offer.</param>
    public static ImmutableArray<PatientTransfer> Assign(
        int day,
        IReadOnlyList<TransferNeed> requests,
        IReadOnlyList<TransferNeed> offers,
        Func<TransferNeed, TransferNeed, bool> eligible)
    {
        // Each request its own candidates: the offers it is eligible for.
        var candidates = requests.Select(r => Enumerable.Range(0, offers.Count).Where(j => eligible(r, offers[j])).ToArray()).ToArray();
        return Assign(day, requests, offers, candidates, static (_, _) => true);
    }

    /// <summary>Within one OOAD: any other hospital of the list (not the sender itself).</summary>
    public static ImmutableArray<PatientTransfer> WithinOoad(int day, IReadOnlyList<TransferNeed> requests, IReadOnlyList<TransferNeed> offers)
    {
        // One candidate list for every request; the sender itself is skipped when it comes up (it rarely does).
        var all = Enumerable.Range(0, offers.Count).ToArray();
        return Assign(day, requests, offers, [.. requests.Select(_ => all)], static (from, to) => from.HospitalId != to.HospitalId);
    }

    /// <summary>Between OOADs: to hospitals of the sender OOAD's neighbours.</summary>
    /// <param name="day">Today.</param>
    /// <param name="requests">Patients to place, by hospital.</param>
    /// <param name="offers">Beds to spare, by hospital.</param>
    /// <param name="mayReceive">Whether an OOAD (second) may receive from an OOAD (first).</param>
    public static ImmutableArray<PatientTransfer> BetweenOoads(
        int day, IReadOnlyList<TransferNeed> requests, IReadOnlyList<TransferNeed> offers, Func<string, string, bool> mayReceive)
    {
        // Requests of one OOAD share their candidates, worked out once: the national step would otherwise check every
        // request against every spare bed in the country.
        var byOoad = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var candidates = requests.Select(r =>
        {
            if (!byOoad.TryGetValue(r.OoadCode, out var list))
            {
                list = Enumerable.Range(0, offers.Count).Where(j => mayReceive(r.OoadCode, offers[j].OoadCode)).ToArray();
                byOoad[r.OoadCode] = list;
            }

            return list;
        }).ToArray();
        return Assign(day, requests, offers, candidates, static (_, _) => true);
    }

    // candidates[i]: the offers request i may go to, ascending; requests may share one array (then they share its heap).
    // eligible is checked when an offer comes up, for exclusions the shared list cannot express.
    private static ImmutableArray<PatientTransfer> Assign(
        int day, IReadOnlyList<TransferNeed> requests, IReadOnlyList<TransferNeed> offers, int[][] candidates, Func<TransferNeed, TransferNeed, bool> eligible)
    {
        if (requests.Count == 0 || offers.Count == 0)
        {
            return [];
        }

        var ward = AssignLevel(requests, offers, candidates, eligible, CareLevel.Ward);
        var icu = AssignLevel(requests, offers, candidates, eligible, CareLevel.Icu);
        var moves = ImmutableArray.CreateBuilder<PatientTransfer>();
        foreach (var pair in ward.Keys.Union(icu.Keys).Order())
        {
            var (from, to) = (requests[pair.Request], offers[pair.Offer]);
            var patients = new LevelCounts(ward.GetValueOrDefault(pair), icu.GetValueOrDefault(pair));
            moves.Add(new PatientTransfer(day, from.HospitalId, from.OoadCode, to.HospitalId, to.OoadCode, patients));
        }

        return [.. moves.OrderBy(m => m.FromHospital, StringComparer.Ordinal).ThenBy(m => m.ToHospital, StringComparer.Ordinal)];
    }

    /// <summary>
    /// One level's matching. Each patient goes to the candidate with the most spare beds left (ties: lowest index); a
    /// max-heap per candidate list finds it in O(log n) instead of scanning the list, which grew with the square of the
    /// network (issue 9: 100× network). Spare beds only fall, so an entry whose recorded spare is out of date is re-queued
    /// with the current value when it reaches the top: the top is then always the true best, as the scan found it.
    /// </summary>
    private static Dictionary<(int Request, int Offer), int> AssignLevel(
        IReadOnlyList<TransferNeed> requests, IReadOnlyList<TransferNeed> offers, int[][] candidates, Func<TransferNeed, TransferNeed, bool> eligible, CareLevel level)
    {
        var moved = new Dictionary<(int, int), int>();
        var need = requests.Select(r => Math.Max(0, r.Beds[level])).ToArray();
        var spare = offers.Select(o => Math.Max(0, o.Beds[level])).ToArray();
        var heaps = new Dictionary<int[], PriorityQueue<(int Offer, int Spare), (int, int)>>(ReferenceEqualityComparer.Instance);

        // Each request's heap, looked up once: an identity hash per patient cost a tenth of the national day (issue 9).
        var heapOfRequest = new PriorityQueue<(int Offer, int Spare), (int, int)>?[need.Length];
        var skipped = new List<(int Offer, int Spare)>();
        var progress = true;
        while (progress)
        {
            progress = false;
            for (var i = 0; i < need.Length; i++)
            {
                if (need[i] == 0)
                {
                    continue;
                }

                var heap = heapOfRequest[i] ??= HeapOf(candidates[i]);
                var best = -1;
                while (heap.TryPeek(out var top, out _))
                {
                    if (spare[top.Offer] == 0)
                    {
                        heap.Dequeue();
                    }
                    else if (top.Spare != spare[top.Offer])
                    {
                        heap.Dequeue();
                        heap.Enqueue((top.Offer, spare[top.Offer]), (-spare[top.Offer], top.Offer));
                    }
                    else if (!eligible(requests[i], offers[top.Offer]))
                    {
                        skipped.Add(heap.Dequeue());
                    }
                    else
                    {
                        best = heap.Dequeue().Offer;
                        break;
                    }
                }

                foreach (var entry in skipped)
                {
                    heap.Enqueue(entry, (-entry.Spare, entry.Offer));
                }

                skipped.Clear();
                if (best < 0)
                {
                    need[i] = 0;
                    continue;
                }

                need[i]--;
                spare[best]--;
                if (spare[best] > 0)
                {
                    heap.Enqueue((best, spare[best]), (-spare[best], best));
                }

                moved[(i, best)] = moved.GetValueOrDefault((i, best)) + 1;
                progress = true;
            }
        }

        return moved;

        PriorityQueue<(int Offer, int Spare), (int, int)> HeapOf(int[] list)
        {
            if (!heaps.TryGetValue(list, out var heap))
            {
                heap = new PriorityQueue<(int Offer, int Spare), (int, int)>(
                    list.Where(j => spare[j] > 0).Select(j => ((j, spare[j]), (-spare[j], j))));
                heaps[list] = heap;
            }

            return heap;
        }
    }
}
