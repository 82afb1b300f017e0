using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;

namespace Capacity.Domain.Staffing;

/// <summary>
/// ERC teams an OOAD has on duty after infections among its staff, and their split among its hospitals. The engines
/// limit conversions with <see cref="Teams"/>; the result tables write both with the same functions.
/// </summary>
public static class StaffOnDuty
{
    /// <summary>
    /// The OOAD's share of the pool less <see cref="StaffingSettings.InfectionAbsence"/> teams per COVID patient in its
    /// care (<paramref name="covidCensus"/>: <see cref="Census"/> of its hospitals' latest reports), never negative.
    /// </summary>
    public static double Teams(StaffingSettings settings, double share, int covidCensus) =>
        settings.InfectionAbsence > 0 ? Math.Max(0, share - (settings.InfectionAbsence * covidCensus)) : share;

    /// <summary>COVID patients in the care of the OOAD's hospitals that draw on the ERC pool (<see cref="ErcRequirement.DrawsOnPool"/>).</summary>
    public static int Census(IEnumerable<(HospitalType Type, LevelCounts Census)> hospitals) =>
        hospitals.Where(h => ErcRequirement.DrawsOnPool(h.Type)).Sum(h => h.Census.Total);

    /// <summary>
    /// <paramref name="onDuty"/> teams apportioned to the hospitals (same order as <paramref name="required"/>) in
    /// proportion to what each requires, never above it: all of each requirement while the teams suffice, else the
    /// same fraction of every one.
    /// </summary>
    public static ImmutableArray<double> ByHospital(double onDuty, IReadOnlyList<double> required)
    {
        var total = required.Sum();
        var covered = total > 0 ? Math.Min(1, Math.Max(0, onDuty) / total) : 0;
        return [.. required.Select(r => covered >= 1 ? r : r * covered)];
    }
}
