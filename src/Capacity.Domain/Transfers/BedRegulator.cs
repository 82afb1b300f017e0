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
    /// <param name="sameTargets">
    /// Optional: a key such that requests with equal keys are eligible for the same offers (between OOADs: the sender's
    /// OOAD). Their list of eligible offers is then worked out once instead of once per request: the national step checks
    /// every request against every spare bed in the country otherwise.
    /// </param>
    public static ImmutableArray<PatientTransfer> Assign(
        int day,
        IReadOnlyList<TransferNeed> requests,
        IReadOnlyList<TransferNeed> offers,
        Func<TransferNeed, TransferNeed, bool> eligible,
        Func<TransferNeed, string>? sameTargets = null)
    {
        if (requests.Count == 0 || offers.Count == 0)
        {
            return [];
        }

        var shared = new Dictionary<string, int[]>(StringComparer.Ordinal);
        int[] Targets(TransferNeed r)
        {
            if (sameTargets is null)
            {
                return Enumerable.Range(0, offers.Count).Where(j => eligible(r, offers[j])).ToArray();
            }

            var key = sameTargets(r);
            if (!shared.TryGetValue(key, out var targets))
            {
                targets = Enumerable.Range(0, offers.Count).Where(j => eligible(r, offers[j])).ToArray();
                shared[key] = targets;
            }

            return targets;
        }

        var targets = requests.Select(Targets).ToArray();
        var ward = AssignLevel(requests, offers, targets, CareLevel.Ward);
        var icu = AssignLevel(requests, offers, targets, CareLevel.Icu);
        var moves = ImmutableArray.CreateBuilder<PatientTransfer>();
        foreach (var pair in ward.Keys.Union(icu.Keys).Order())
        {
            var (from, to) = (requests[pair.Request], offers[pair.Offer]);
            var patients = new LevelCounts(ward.GetValueOrDefault(pair), icu.GetValueOrDefault(pair));
            moves.Add(new PatientTransfer(day, from.HospitalId, from.OoadCode, to.HospitalId, to.OoadCode, patients));
        }

        return [.. moves.OrderBy(m => m.FromHospital, StringComparer.Ordinal).ThenBy(m => m.ToHospital, StringComparer.Ordinal)];
    }

    private static Dictionary<(int Request, int Offer), int> AssignLevel(
        IReadOnlyList<TransferNeed> requests, IReadOnlyList<TransferNeed> offers, int[][] targets, CareLevel level)
    {
        var moved = new Dictionary<(int, int), int>();
        var need = requests.Select(r => Math.Max(0, r.Beds[level])).ToArray();
        var spare = offers.Select(o => Math.Max(0, o.Beds[level])).ToArray();
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
