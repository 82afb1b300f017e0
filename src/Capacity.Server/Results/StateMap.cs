using System.Collections.Concurrent;
using Capacity.Scenarios;
using Capacity.Server.Api;

namespace Capacity.Server.Results;

/// <summary>
/// The map of Mexico for one day, from <c>daily_ooad</c>. OOADs are grouped by state (Ciudad de México, Estado de México
/// and Veracruz have two each). Occupancy is pooled exactly: Σ COVID census ÷ Σ COVID beds (ward + ICU; stretchers
/// excluded, as in <c>occupancy_ward</c>). Days of supply cannot be pooled from the table (an OOAD at 0 days has lost its
/// demand figure), so a divided state shows its worse OOAD — the one a logistics planner has to act on.
/// </summary>
internal static class StateMap
{
    public const string Occupancy = "occupancy";
    public const string DaysOfSupply = "days-of-supply";
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> StatesByOoad = new(StringComparer.Ordinal);

    public static MapView Build(string runDirectory, int? day, string metric, string? item)
    {
        if (metric is not (Occupancy or DaysOfSupply))
        {
            throw ApiProblem.BadRequest($"Unknown metric '{metric}': use {Occupancy} or {DaysOfSupply}.");
        }

        var table = RunTables.Open(runDirectory, "ooad");
        var chosen = RunTables.Day(table, day);
        string? code = null;
        if (metric == DaysOfSupply)
        {
            var items = table.Columns.Where(c => c.StartsWith("hospital_days_of_supply_", StringComparison.Ordinal))
                .Select(c => c["hospital_days_of_supply_".Length..]).ToArray();
            code = item ?? items.FirstOrDefault();
            if (code is null || !items.Contains(code, StringComparer.Ordinal))
            {
                throw ApiProblem.BadRequest($"Unknown item '{item}': the run tracks {string.Join(", ", items)}.");
            }
        }

        var states = States(runDirectory);
        var perState = new Dictionary<string, (List<string> Ooads, double Census, double Beds, double? Worst)>(StringComparer.Ordinal);
        foreach (var row in table.Day(chosen))
        {
            var ooad = row[table.Index["ooad"]];
            if (!states.TryGetValue(ooad, out var state))
            {
                continue;
            }

            var acc = perState.TryGetValue(state, out var a) ? a : ([], 0, 0, null);
            acc.Ooads.Add(ooad);
            acc.Census += Sum(table, row, "census_ward", "census_icu");
            acc.Beds += Sum(table, row, "covid_ward_beds", "covid_icu_beds");
            if (code is not null && CellValues.Number(row[table.Index["hospital_days_of_supply_" + code]]) is { } dos)
            {
                acc.Worst = acc.Worst is { } w ? Math.Min(w, dos) : dos;
            }

            perState[state] = acc;
        }

        var values = MexicoStates.All.Select(s =>
        {
            if (!perState.TryGetValue(s.Name, out var acc))
            {
                return new StateValue(s.Id, s.Name, [], null);
            }

            double? value = metric == Occupancy ? (acc.Beds > 0 ? acc.Census / acc.Beds : null) : acc.Worst;
            return new StateValue(s.Id, s.Name, [.. acc.Ooads.Order(StringComparer.Ordinal)], value);
        }).ToArray();
        var known = values.Where(v => v.Value is not null).Select(v => v.Value!.Value).ToArray();
        return new MapView(
            chosen, RunTables.Date(table, chosen), metric, code,
            known.Length > 0 ? known.Min() : null, known.Length > 0 ? known.Max() : null, values);
    }

    private static double Sum(DailyCsv table, string[] row, string a, string b) =>
        CellValues.NumberOrZero(row[table.Index[a]]) + CellValues.NumberOrZero(row[table.Index[b]]);

    /// <summary>OOAD code → state, from the network of the run's own <c>scenario.yaml</c> (cached per run).</summary>
    private static IReadOnlyDictionary<string, string> States(string runDirectory) =>
        StatesByOoad.GetOrAdd(runDirectory, directory =>
        {
            try
            {
                var loaded = ScenarioLoader.LoadFile(Path.Combine(directory, "scenario.yaml"));
                return loaded.Scenario.Network.Ooads.ToDictionary(o => o.Code, o => o.State, StringComparer.Ordinal);
            }
            catch (ScenarioException e)
            {
                throw ApiProblem.Conflict($"The run's scenario.yaml no longer loads, so its OOADs cannot be placed on the map: {e.Errors[0]}");
            }
        });
}
