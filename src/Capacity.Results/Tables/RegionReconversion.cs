using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;

namespace Capacity.Results.Tables;

/// <summary>A region's reconversion on one day: its COVID units by role, the beds left to other care and the ERC teams needed.</summary>
/// <param name="CovidUnits">Hospitals and units with COVID beds.</param>
/// <param name="ExclusiveHospitals">COVID-exclusive hospitals with COVID beds.</param>
/// <param name="HybridHospitals">Hybrid hospitals with COVID beds.</param>
/// <param name="TemporaryUnitsOpen">Temporary, expansion and convalescence units with COVID beds.</param>
/// <param name="NonCovidBeds">Σ of the hospitals' census beds not used for COVID care.</param>
/// <param name="ErcTeamsRequired">ERC teams the region's COVID beds require (Σ over hospitals with hospital rounding; set by
/// <see cref="DailyTables"/> with the scenario's rounding).</param>
/// <param name="ErcTeamsAvailable">The region's share of the ERC pool (<see cref="Capacity.Domain.Staffing.StaffPool"/>), whether or not
/// staffing limits conversions; 0 without staffing settings.</param>
/// <param name="ErcTeamsOnDuty">The share less infection absence (<see cref="Capacity.Domain.Staffing.StaffOnDuty"/>): the teams
/// its conversions are limited with; written last (<c>erc_teams_on_duty</c>).</param>
internal readonly record struct RegionReconversion(
    int CovidUnits,
    int ExclusiveHospitals,
    int HybridHospitals,
    int TemporaryUnitsOpen,
    int NonCovidBeds,
    double ErcTeamsRequired,
    double ErcTeamsAvailable = 0,
    double ErcTeamsOnDuty = 0)
{
    /// <summary>Unit counts, after <c>hospitals_full</c>.</summary>
    public static IEnumerable<Column> CountColumns { get; } =
    [
        TableLayout.Int("covid_units"),
        TableLayout.Int("exclusive_hospitals"),
        TableLayout.Int("hybrid_hospitals"),
        TableLayout.Int("temporary_units_open"),
    ];

    /// <summary>Beds left to other care and ERC teams, after the COVID beds (as in <c>daily_hospital</c>).</summary>
    public static IEnumerable<Column> BedColumns { get; } =
    [
        TableLayout.Int("non_covid_beds"),
        TableLayout.Quantity("erc_teams_required"),
        TableLayout.Quantity("erc_teams_available"),
    ];

    /// <summary>Sums the day's reports of a region's hospitals, each looked up in the network.</summary>
    public static RegionReconversion Sum(IEnumerable<HospitalDayReport> hospitals, IReadOnlyDictionary<string, Hospital> network)
    {
        int units = 0, exclusive = 0, hybrid = 0, temporary = 0, nonCovid = 0;
        var erc = 0.0;
        foreach (var h in hospitals)
        {
            nonCovid += HospitalBeds.NonCovid(network[h.HospitalId], h.Beds);
            erc += HospitalBeds.ErcTeamsRequired(h.Beds);
            if (h.Beds.Total == 0)
            {
                continue;
            }

            units++;
            exclusive += h.Role == HospitalRole.CovidExclusive ? 1 : 0;
            hybrid += h.Role == HospitalRole.Hybrid ? 1 : 0;
            temporary += IsTemporary(h.Role) ? 1 : 0;
        }

        return new RegionReconversion(units, exclusive, hybrid, temporary, nonCovid, erc);
    }

    /// <summary>The unit counts, in <see cref="CountColumns"/> order.</summary>
    public void WriteCounts(IRowSink row)
    {
        row.Int(CovidUnits);
        row.Int(ExclusiveHospitals);
        row.Int(HybridHospitals);
        row.Int(TemporaryUnitsOpen);
    }

    /// <summary>The bed and staff columns, in <see cref="BedColumns"/> order.</summary>
    public void WriteBeds(IRowSink row)
    {
        row.Int(NonCovidBeds);
        row.Quantity(ErcTeamsRequired);
        row.Quantity(ErcTeamsAvailable);
    }

    /// <summary>Temporary hospital, expansion unit or convalescence unit.</summary>
    public static bool IsTemporary(HospitalRole role) =>
        role is HospitalRole.Temporary or HospitalRole.Expansion or HospitalRole.Convalescence;
}
