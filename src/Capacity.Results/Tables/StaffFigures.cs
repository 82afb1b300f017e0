using System.Collections.Immutable;
using Capacity.Domain.Simulation;
using Capacity.Domain.Staffing;
using Capacity.Domain.Supply;

namespace Capacity.Results.Tables;

/// <summary>
/// One day's ERC teams per OOAD and hospital, from the day's reports with the domain's functions: the pool share
/// (<see cref="RunLayout.TeamShares"/>), the teams on duty after infection absence on the OOAD's census of the day
/// (<see cref="StaffOnDuty.Teams"/>, what the OOAD limited its conversions with that evening), the teams its COVID
/// beds in service require (<see cref="ErcRequirement"/>) and the teams on duty apportioned to its hospitals
/// (<see cref="StaffOnDuty.ByHospital"/>).
/// </summary>
internal sealed class StaffFigures
{
    private StaffFigures(
        ImmutableDictionary<string, (double Required, double OnDuty)> hospitals,
        ImmutableDictionary<string, (double Required, int Available, double OnDuty)> ooads)
    {
        Hospitals = hospitals;
        Ooads = ooads;
    }

    /// <summary>Teams required and on duty, by hospital id.</summary>
    public ImmutableDictionary<string, (double Required, double OnDuty)> Hospitals { get; }

    /// <summary>Teams required, pool share and teams on duty, by OOAD code.</summary>
    public ImmutableDictionary<string, (double Required, int Available, double OnDuty)> Ooads { get; }

    /// <summary>The figures of one day.</summary>
    public static StaffFigures For(RunLayout layout, DayResult day)
    {
        var staffing = layout.Scenario.Staffing ?? StaffingSettings.Disabled;
        var ooads = layout.Scenario.Network.Ooads;
        var shares = layout.TeamShares(day.Date);
        var types = layout.Scenario.Network.Hospitals.ToDictionary(h => h.Id, h => h.Type, StringComparer.Ordinal);
        var reports = day.Hospitals.ToLookup(h => h.OoadCode, StringComparer.Ordinal);
        var hospitals = ImmutableDictionary.CreateBuilder<string, (double, double)>(StringComparer.Ordinal);
        var byOoad = ImmutableDictionary.CreateBuilder<string, (double, int, double)>(StringComparer.Ordinal);
        for (var i = 0; i < ooads.Length; i++)
        {
            var own = reports[ooads[i].Code].ToArray();
            var beds = own.Select(h => (types[h.HospitalId], h.Beds)).ToArray();
            var required = ErcRequirement.ByHospital(beds, staffing.Rounding);
            var share = StockOutAbsence.Teams(layout.Parameters.Supply.StockOutAbsence, shares[i], own) ?? shares[i];
            var onDuty = StaffOnDuty.Teams(staffing, share, StaffOnDuty.Census(own.Select(h => (types[h.HospitalId], h.Census))));
            var apportioned = StaffOnDuty.ByHospital(onDuty, required);
            for (var k = 0; k < own.Length; k++)
            {
                hospitals[own[k].HospitalId] = (required[k], apportioned[k]);
            }

            byOoad[ooads[i].Code] = (ErcRequirement.Ooad(beds, staffing.Rounding), shares[i], onDuty);
        }

        return new StaffFigures(hospitals.ToImmutable(), byOoad.ToImmutable());
    }
}
