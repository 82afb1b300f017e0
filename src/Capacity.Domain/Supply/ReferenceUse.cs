using Capacity.Domain.Care;
using Capacity.Domain.Reconversion;

namespace Capacity.Domain.Supply;

/// <summary>
/// Daily use of an item when a node's COVID beds are all full: the yardstick for opening stock,
/// since a run starts before any patient arrives and no consumption history exists.
/// </summary>
public static class ReferenceUse
{
    /// <summary>
    /// Units per day for full beds: patient-days × burn rate + admissions (beds ÷ mean stay) × per-admission use, plus
    /// the ERC teams the beds need × per-team use.
    /// </summary>
    public static double PerDay(LevelCounts beds, ItemSettings item, CareSettings care) =>
        beds.Ward * item.WardPerPatientDay
        + beds.Icu * item.IcuPerPatientDay
        + item.PerAdmission * (beds.Ward / care.Ward.MeanStayDays + beds.Icu / care.Icu.MeanStayDays)
        + StaffUse(beds, item);

    /// <summary>ERC teams required by the COVID beds (<see cref="ErcTeams.Required"/>) × per-team use per day.</summary>
    public static double StaffUse(LevelCounts beds, ItemSettings item) =>
        item.PerTeamDay == 0 ? 0 : ErcTeams.Required(beds) * item.PerTeamDay;

    /// <summary>Opening stock: <paramref name="days"/> of reference use, rounded to whole units.</summary>
    public static long OpeningStock(LevelCounts beds, ItemSettings item, CareSettings care, double days) =>
        (long)Math.Round(PerDay(beds, item, care) * days, MidpointRounding.AwayFromZero);
}
