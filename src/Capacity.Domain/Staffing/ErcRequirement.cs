using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Reconversion;

namespace Capacity.Domain.Staffing;

/// <summary>
/// ERC teams an OOAD's COVID beds need under a <see cref="TeamRounding"/>: one team per shift per 24 beds (seed 003
/// L2114-2115) × <see cref="ErcTeams.ShiftGroups"/>, the blocks rounded up per hospital or once for the OOAD.
/// </summary>
public static class ErcRequirement
{
    /// <summary>
    /// Beds a hospital's COVID beds take from the OOAD's teams: hospital rounding charges whole 24-bed blocks
    /// (⌈beds ÷ 24⌉ × 24), OOAD rounding the beds themselves.
    /// </summary>
    public static int ChargedBeds(LevelCounts covidBeds, TeamRounding rounding) => rounding switch
    {
        TeamRounding.Hospital => (int)Math.Ceiling(covidBeds.Total / (double)ErcTeams.BedsPerTeam) * ErcTeams.BedsPerTeam,
        TeamRounding.Ooad => covidBeds.Total,
        _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Unknown team rounding."),
    };

    /// <summary>Teams that cover <paramref name="chargedBeds"/> (Σ of <see cref="ChargedBeds"/>): ⌈beds ÷ 24⌉ × shift groups.</summary>
    public static double ForCharged(long chargedBeds) =>
        Math.Ceiling(chargedBeds / (double)ErcTeams.BedsPerTeam) * ErcTeams.ShiftGroups;

    /// <summary>Teams the OOAD's hospitals need together.</summary>
    public static double Ooad(IEnumerable<LevelCounts> covidBeds, TeamRounding rounding) =>
        ForCharged(covidBeds.Sum(b => (long)ChargedBeds(b, rounding)));

    /// <summary>
    /// Each hospital's part of <see cref="Ooad"/> (same order): hospital rounding its own
    /// <see cref="ErcTeams.Required"/>; OOAD rounding the OOAD's teams in proportion to its beds (fractions of a team).
    /// </summary>
    public static ImmutableArray<double> ByHospital(IReadOnlyList<LevelCounts> covidBeds, TeamRounding rounding)
    {
        if (rounding == TeamRounding.Hospital)
        {
            return [.. covidBeds.Select(ErcTeams.Required)];
        }

        var beds = covidBeds.Sum(b => (long)b.Total);
        var teams = Ooad(covidBeds, rounding);
        return [.. covidBeds.Select(b => beds > 0 ? teams * b.Total / beds : 0)];
    }
}
