using System.Globalization;
using Capacity.Server.Api;
using Capacity.Server.Results;

namespace Capacity.Server.Tests.Results;

/// <summary>The map of a national run: every state, divided states pooled over their two OOADs.</summary>
[Collection(NationalRunCollection.Name)]
public sealed class StateMapTests(NationalRun national)
{
    private readonly string _run = national.Directory;

    [Fact]
    public void Every_state_of_Mexico_is_on_the_map_once()
    {
        var map = StateMap.Build(_run, 99, StateMap.Occupancy, null);

        Assert.Equal(32, map.States.Select(s => s.StateId).Distinct().Count());
        Assert.Equal(35, map.States.Sum(s => s.Ooads.Count));
        Assert.All(map.States, s => Assert.NotEmpty(s.Ooads));
        // A state without COVID beds that day (no reconverted hospital yet) has no occupancy: grey, not 0 %.
        Assert.True(map.States.Count(s => s.Value is not null) > 25);
    }

    [Fact]
    public void A_divided_state_pools_the_census_and_beds_of_its_two_ooads()
    {
        var map = StateMap.Build(_run, 99, StateMap.Occupancy, null);
        var ooad = DailyCsv.Open(Path.Combine(_run, "daily_ooad.csv"))!;
        double census = 0, beds = 0;
        foreach (var row in ooad.Day(99).Where(r => r[ooad.Index["ooad"]] is "cdmx-norte" or "cdmx-sur"))
        {
            census += Number(row, ooad, "census_ward") + Number(row, ooad, "census_icu");
            beds += Number(row, ooad, "covid_ward_beds") + Number(row, ooad, "covid_icu_beds");
        }

        var cdmx = map.States.Single(s => s.StateId == "cmx");
        Assert.Equal(["cdmx-norte", "cdmx-sur"], cdmx.Ooads);
        Assert.Equal(census / beds, cdmx.Value!.Value, 12);
        Assert.InRange(cdmx.Value.Value, map.Min!.Value, map.Max!.Value);
    }

    [Fact]
    public void Days_of_supply_of_a_divided_state_is_its_worse_ooad()
    {
        var map = StateMap.Build(_run, 99, StateMap.DaysOfSupply, "n95");
        var ooad = DailyCsv.Open(Path.Combine(_run, "daily_ooad.csv"))!;
        var worst = ooad.Day(99)
            .Where(r => r[ooad.Index["ooad"]] is "ver-norte" or "ver-sur")
            .Min(r => Number(r, ooad, "hospital_days_of_supply_n95"));

        Assert.Equal(worst, map.States.Single(s => s.StateId == "ver").Value);
    }

    [Fact]
    public void An_unknown_metric_or_item_is_a_bad_request()
    {
        Assert.Equal(400, Assert.Throws<ApiProblem>(() => StateMap.Build(_run, 10, "beds", null)).Status);
        Assert.Equal(400, Assert.Throws<ApiProblem>(() => StateMap.Build(_run, 10, StateMap.DaysOfSupply, "oxygen")).Status);
        Assert.Equal(400, Assert.Throws<ApiProblem>(() => StateMap.Build(_run, 100, StateMap.Occupancy, null)).Status);
    }

    private static double Number(string[] row, DailyCsv table, string column) =>
        double.Parse(row[table.Index[column]], CultureInfo.InvariantCulture);
}
