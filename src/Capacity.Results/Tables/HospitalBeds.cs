using Capacity.Domain.Capacity;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;

namespace Capacity.Results.Tables;

/// <summary>What a hospital's COVID beds leave to other care and the staff they need.</summary>
internal static class HospitalBeds
{
    /// <summary><c>umae</c>, <c>second_level</c>, <c>rural_bienestar</c>, <c>temporary_unit</c>.</summary>
    public static string TypeCode(HospitalType type) => TextFormat.Code(type);

    /// <summary>
    /// Census beds not used for COVID care: the non-COVID capacity left after reconversion (its loss is the displaced
    /// care). A temporary unit exists only for COVID patients, so it never has any.
    /// </summary>
    public static int NonCovid(Hospital hospital, LevelCounts covidBeds) => NonCovidDisplacement.Capacity(hospital, covidBeds);

    /// <summary>ERC teams the COVID beds need (<see cref="ErcTeams.Required"/>).</summary>
    public static double ErcTeamsRequired(LevelCounts covidBeds) => ErcTeams.Required(covidBeds);
}
