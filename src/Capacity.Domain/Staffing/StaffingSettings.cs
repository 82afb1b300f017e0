using System.Collections.Immutable;
using Orleans;

namespace Capacity.Domain.Staffing;

/// <summary>
/// The staffing model: a national pool of ERC teams (see <see cref="Reconversion.ErcTeams"/>) that limits how many
/// COVID beds the OOADs can convert. Teams available on a date = (<paramref name="BaseTeams"/> + teams hired by then)
/// × (1 − <paramref name="AbsenceShare"/>), shared among the OOADs by <paramref name="Split"/> (<see cref="StaffPool"/>);
/// an OOAD's teams on duty lose <paramref name="InfectionAbsence"/> teams per COVID patient in its care
/// (<see cref="StaffOnDuty"/>); its beds need teams by <paramref name="Rounding"/> (<see cref="ErcRequirement"/>).
/// </summary>
/// <param name="Enabled">Whether the pool limits conversions at all; false = no staff limit (the model before staffing).</param>
/// <param name="BaseTeams">ERC teams the nation can field without new hires (after vulnerable staff were sent home).</param>
/// <param name="Hires">Teams added by temporary hires: cumulative points in date order, linear between them (none before
/// the first point, the last value after the last).</param>
/// <param name="AbsenceShare">Share of the pool absent on any day (illness, leave), in [0, 1).</param>
/// <param name="Split">How the national pool is shared among the OOADs.</param>
/// <param name="Rounding">Where 24-bed blocks are rounded up to whole teams.</param>
/// <param name="InfectionAbsence">ERC teams absent (infected or isolating) per COVID patient in the OOAD's care, ≥ 0.</param>
[GenerateSerializer, Immutable, Alias("capacity.StaffingSettings")]
public sealed record StaffingSettings(
    bool Enabled,
    double BaseTeams,
    ImmutableArray<StaffHire> Hires,
    double AbsenceShare,
    StaffSplit Split = StaffSplit.Affiliates,
    TeamRounding Rounding = TeamRounding.Hospital,
    double InfectionAbsence = 0)
{
    /// <summary>No staff limit.</summary>
    public static StaffingSettings Disabled { get; } = new(false, 0, [], 0);
}
