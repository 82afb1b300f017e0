using System.Collections.Immutable;
using Capacity.Domain.Network;
using Capacity.Domain.Random;

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
    public static ImmutableArray<int> ByOoad(StaffingSettings settings, IReadOnlyList<Ooad> ooads, DateOnly date)
    {
        var weights = new double[ooads.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = ooads[i].Affiliates;
        }

        return [.. Sampling.Apportion(National(settings, date), weights)];
    }

    /// <summary>
    /// Teams each OOAD has on <paramref name="date"/>, by OOAD code; null when staffing is disabled (no limit).
    /// </summary>
    public static ImmutableSortedDictionary<string, int>? Available(StaffingSettings? settings, IReadOnlyList<Ooad> ooads, DateOnly date)
    {
        if (settings is not { Enabled: true })
        {
            return null;
        }

        var shares = ByOoad(settings, ooads, date);
        return ooads.Select((o, i) => KeyValuePair.Create(o.Code, shares[i]))
            .ToImmutableSortedDictionary(StringComparer.Ordinal);
    }
}
