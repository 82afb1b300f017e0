using Capacity.Domain.Care;

namespace Capacity.Domain.Reconversion;

/// <summary>
/// COVID response teams (Equipo de Respuesta COVID: 1 lead + 3 support doctors + 6 nurses) required by a number of
/// COVID beds: one team per shift per block of 24 beds (seed 003 L2106-2116).
/// </summary>
public static class ErcTeams
{
    /// <summary>Beds one team covers in one shift (seed 003 L2114-2115).</summary>
    public const int BedsPerTeam = 24;

    /// <summary>
    /// Shift groups staffed per block of beds: 2,497 ERC × 24 ÷ 13,321 COVID beds = 4.50 (derived from seed 003
    /// L2106-2116 and L2009-2010; three daily shifts plus weekend and rest cover). Calibrated, so the national ERC
    /// count checks the arithmetic of the bed totals rather than an independent staffing model.
    /// </summary>
    public const double ShiftGroups = 4.5;

    /// <summary>Doctors per team: 1 lead + 3 support (seed 003 L2106-2116).</summary>
    public const int DoctorsPerTeam = 4;

    /// <summary>Nurses per team (seed 003 L2106-2116).</summary>
    public const int NursesPerTeam = 6;

    /// <summary>Teams a hospital needs for its COVID beds: ⌈beds ÷ 24⌉ blocks × 4.5 shift groups.</summary>
    public static double Required(LevelCounts covidBeds) =>
        Math.Ceiling(covidBeds.Total / (double)BedsPerTeam) * ShiftGroups;
}
