using System.Collections.Frozen;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
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
        Dictionary<string, (double Required, double OnDuty)> hospitals,
        Dictionary<string, (double Required, int Available, double OnDuty)> ooads)
    {
        Hospitals = hospitals;
        Ooads = ooads;
    }

    /// <summary>Teams required and on duty, by hospital id.</summary>
    public IReadOnlyDictionary<string, (double Required, double OnDuty)> Hospitals { get; }

    /// <summary>Teams required, pool share and teams on duty, by OOAD code.</summary>
    public IReadOnlyDictionary<string, (double Required, int Available, double OnDuty)> Ooads { get; }

    /// <summary>The figures of one day (a run computes every day's with one <see cref="Calculator"/>).</summary>
    public static StaffFigures For(RunLayout layout, DayResult day)
    {
        var reports = new OoadReports(layout.Scenario.Network.Ooads);
        reports.Fill(day.Hospitals);
        return new Calculator(layout).For(day, reports);
    }

    /// <summary>
    /// Computes the figures day after day. The figures are needed for every day of a run, and building them afresh
    /// (the hospitals' types, a lookup and arrays per OOAD, immutable dictionaries with a node per entry) cost 37 MB
    /// per national year: the types are now looked up once per run, the per-OOAD lists the domain functions read are
    /// reused, and the results are plain dictionaries (read, never changed).
    /// </summary>
    internal sealed class Calculator
    {
        private readonly RunLayout _layout;
        private readonly StaffingSettings _staffing;
        private readonly FrozenDictionary<string, HospitalType> _types;
        private readonly List<(HospitalType Type, LevelCounts Beds)> _beds = [];
        private readonly List<(HospitalType Type, LevelCounts Census)> _census = [];

        public Calculator(RunLayout layout)
        {
            _layout = layout;
            _staffing = layout.Scenario.Staffing ?? StaffingSettings.Disabled;
            _types = layout.Scenario.Network.Hospitals.ToFrozenDictionary(h => h.Id, h => h.Type, StringComparer.Ordinal);
        }

        /// <param name="reports">The day's reports grouped by OOAD (<see cref="OoadReports.Fill"/> with <paramref name="day"/>).</param>
        public StaffFigures For(DayResult day, OoadReports reports)
        {
            var ooads = _layout.Scenario.Network.Ooads;
            var shares = _layout.TeamShares(day.Date);
            var hospitals = new Dictionary<string, (double, double)>(day.Hospitals.Length, StringComparer.Ordinal);
            var byOoad = new Dictionary<string, (double, int, double)>(ooads.Length, StringComparer.Ordinal);
            for (var i = 0; i < ooads.Length; i++)
            {
                var own = reports[i];
                _beds.Clear();
                _census.Clear();
                for (var k = 0; k < own.Count; k++)
                {
                    var type = _types[own[k].HospitalId];
                    _beds.Add((type, own[k].Beds));
                    _census.Add((type, own[k].Census));
                }

                var required = ErcRequirement.ByHospital(_beds, _staffing.Rounding);
                var share = StockOutAbsence.Teams(_layout.Parameters.Supply.StockOutAbsence, shares[i], own) ?? shares[i];
                var onDuty = StaffOnDuty.Teams(_staffing, share, StaffOnDuty.Census(_census));
                var apportioned = StaffOnDuty.ByHospital(onDuty, required);
                for (var k = 0; k < own.Count; k++)
                {
                    hospitals[own[k].HospitalId] = (required[k], apportioned[k]);
                }

                byOoad[ooads[i].Code] = (ErcRequirement.Ooad(_beds, _staffing.Rounding), shares[i], onDuty);
            }

            return new StaffFigures(hospitals, byOoad);
        }
    }
}
