using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Random;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Staffing;

/// <summary>
/// The national pool of ERC teams on a date and each OOAD's share of it. Pure: both engines and the result writers
/// compute the same numbers from the settings and the network.
/// </summary>
public static class StaffPool
{
    /// <summary>Cumulative teams hired by <paramref name="date"/>: linear between the points, 0 before the first one.</summary>
    public static double Hired(StaffingSettings settings, DateOnly date)
    {
        var hires = settings.Hires;
        if (hires.IsDefaultOrEmpty || date < hires[0].Date)
        {
            return 0;
        }

        for (var k = 1; k < hires.Length; k++)
        {
            var (from, to) = (hires[k - 1], hires[k]);
            if (date < to.Date)
            {
                var span = to.Date.DayNumber - from.Date.DayNumber;
                var elapsed = date.DayNumber - from.Date.DayNumber;
                return from.Teams + ((to.Teams - from.Teams) * elapsed / span);
            }
        }

        return hires[^1].Teams;
    }

    /// <summary>Whole teams on duty nationally: ⌊(base + hired) × (1 − absence share)⌋, never negative.</summary>
    public static int National(StaffingSettings settings, DateOnly date)
    {
        var teams = (settings.BaseTeams + Hired(settings, date)) * (1 - settings.AbsenceShare);
        return (int)Math.Max(0, Math.Min(int.MaxValue, Math.Floor(teams)));
    }

    /// <summary>
    /// The national teams on duty apportioned to the OOADs (same order as <paramref name="ooads"/>) in proportion to
    /// their affiliates, by largest remainder: exact (the shares sum to <see cref="National"/>) and deterministic.
    /// </summary>
    public static ImmutableArray<int> ByOoad(StaffingSettings settings, IReadOnlyList<Ooad> ooads, DateOnly date) =>
        ByOoad(settings, [.. ooads.Select(o => (double)o.Affiliates)], date);

    /// <summary>
    /// The national teams on duty apportioned in proportion to <paramref name="weights"/> (one per OOAD, see
    /// <see cref="Weights"/>) by largest remainder (<see cref="Sampling.Apportion"/>): exact and deterministic.
    /// </summary>
    public static ImmutableArray<int> ByOoad(StaffingSettings settings, IReadOnlyList<double> weights, DateOnly date) =>
        [.. Sampling.Apportion(National(settings, date), weights.ToArray())];

    /// <summary>
    /// Each OOAD's weight in the split (same order as the network's OOADs): its affiliates, the most COVID beds its
    /// hospitals are planned to run (<paramref name="referenceBeds"/>; census beds when no OOAD has any planned), or its
    /// census beds; beds of hospitals that do not draw on the pool (<see cref="ErcRequirement.DrawsOnPool"/>) do not count.
    /// </summary>
    /// <param name="split">The rule.</param>
    /// <param name="network">The network.</param>
    /// <param name="referenceBeds">The most COVID beds planned for a hospital (<see cref="RunLayout.ReferenceBeds"/>).</param>
    public static ImmutableArray<double> Weights(StaffSplit split, HospitalNetwork network, Func<string, LevelCounts> referenceBeds)
    {
        var byOoad = network.Hospitals.ToLookup(h => h.OoadCode, StringComparer.Ordinal);
        double Sum(Ooad o, Func<Hospital, double> of) => byOoad[o.Code].Sum(of);
        var weights = split switch
        {
            StaffSplit.Affiliates => network.Ooads.Select(o => (double)o.Affiliates),
            StaffSplit.PlannedBeds => network.Ooads.Select(o => Sum(o, h => ErcRequirement.DrawsOnPool(h.Type) ? referenceBeds(h.Id).Total : 0)),
            StaffSplit.CensusBeds => network.Ooads.Select(o => Sum(o, h => ErcRequirement.DrawsOnPool(h.Type) ? h.CensusBeds : 0)),
            _ => throw new ArgumentOutOfRangeException(nameof(split), split, "Unknown staff split."),
        };
        ImmutableArray<double> result = [.. weights];
        return split == StaffSplit.PlannedBeds && result.All(w => w <= 0)
            ? Weights(StaffSplit.CensusBeds, network, referenceBeds)
            : result;
    }

    /// <summary>
    /// Teams each OOAD has on <paramref name="date"/> by affiliates, by OOAD code; null when staffing is disabled (no limit).
    /// </summary>
    public static ImmutableSortedDictionary<string, int>? Available(StaffingSettings? settings, IReadOnlyList<Ooad> ooads, DateOnly date) =>
        Available(settings, ooads, [.. ooads.Select(o => (double)o.Affiliates)], date);

    /// <summary>
    /// Teams each OOAD has on <paramref name="date"/> split by <paramref name="weights"/> (same order as
    /// <paramref name="ooads"/>), by OOAD code; null when staffing is disabled (no limit).
    /// </summary>
    public static ImmutableSortedDictionary<string, int>? Available(
        StaffingSettings? settings, IReadOnlyList<Ooad> ooads, IReadOnlyList<double> weights, DateOnly date)
    {
        if (settings is not { Enabled: true })
        {
            return null;
        }

        var shares = ByOoad(settings, weights, date);
        return ooads.Select((o, i) => KeyValuePair.Create(o.Code, shares[i]))
            .ToImmutableSortedDictionary(StringComparer.Ordinal);
    }
}
