using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;

namespace Capacity.Domain.Staffing;

/// <summary>
/// ERC teams an OOAD's COVID beds need under a <see cref="TeamRounding"/>: one team per shift per 24 beds (seed 003
/// L2114-2115) × <see cref="ErcTeams.ShiftGroups"/>, the blocks rounded up per hospital or once for the OOAD. Only
/// Régimen Ordinario units draw on the ERC pool (<see cref="DrawsOnPool"/>).
/// </summary>
public static class ErcRequirement
{
    /// <summary>
    /// Whether a hospital's COVID beds are staffed from the ERC pool: UMAE, second-level hospitals and temporary units
    /// are; IMSS-BIENESTAR rural hospitals are not: their respiratory modules were staffed by the programme's own
    /// personnel and its 880 temporary hires (seed 003 L3550-3554), and the 2,497 ERC (L2106-2116) match the 13,321
    /// Régimen Ordinario beds (L2009-2010) that <see cref="ErcTeams.ShiftGroups"/> is derived from.
    /// </summary>
    public static bool DrawsOnPool(HospitalType type) => type != HospitalType.RuralBienestar;

    /// <summary>
    /// Beds a hospital's COVID beds take from the OOAD's teams: hospital rounding charges whole 24-bed blocks
    /// (⌈beds ÷ 24⌉ × 24), OOAD rounding the beds themselves; 0 for a hospital that does not draw on the pool.
    /// </summary>
    public static int ChargedBeds(HospitalType type, LevelCounts covidBeds, TeamRounding rounding) => !DrawsOnPool(type) ? 0 : rounding switch
    {
        TeamRounding.Hospital => (int)Math.Ceiling(covidBeds.Total / (double)ErcTeams.BedsPerTeam) * ErcTeams.BedsPerTeam,
        TeamRounding.Ooad => covidBeds.Total,
        _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Unknown team rounding."),
    };

    /// <summary>Teams that cover <paramref name="chargedBeds"/> (Σ of <see cref="ChargedBeds"/>): ⌈beds ÷ 24⌉ × shift groups.</summary>
    public static double ForCharged(long chargedBeds) =>
        Math.Ceiling(chargedBeds / (double)ErcTeams.BedsPerTeam) * ErcTeams.ShiftGroups;

    /// <summary>Teams the OOAD's hospitals need together.</summary>
    public static double Ooad(IEnumerable<(HospitalType Type, LevelCounts Beds)> hospitals, TeamRounding rounding) =>
        ForCharged(hospitals.Sum(h => (long)ChargedBeds(h.Type, h.Beds, rounding)));

    /// <summary>
    /// Each hospital's part of <see cref="Ooad"/> (same order): hospital rounding its own
    /// <see cref="ErcTeams.Required"/>; OOAD rounding the OOAD's teams in proportion to its beds (fractions of a team);
    /// 0 for a hospital that does not draw on the pool.
    /// </summary>
    public static ImmutableArray<double> ByHospital(IReadOnlyList<(HospitalType Type, LevelCounts Beds)> hospitals, TeamRounding rounding)
    {
        if (rounding == TeamRounding.Hospital)
        {
            return [.. hospitals.Select(h => DrawsOnPool(h.Type) ? ErcTeams.Required(h.Beds) : 0)];
        }

        var charged = hospitals.Select(h => ChargedBeds(h.Type, h.Beds, rounding)).ToArray();
        var beds = charged.Sum(b => (long)b);
        var teams = ForCharged(beds);
        return [.. charged.Select(b => beds > 0 ? teams * b / beds : 0)];
    }
}
