using System.Net;
using System.Text.Json;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Results;

/// <summary><c>GET /api/runs/{id}/map</c>: one value per Mexican state (the ids of wwwroot/maps/mexico.svg) on one day.</summary>
[Collection(ApiCollection.Name)]
public sealed class MapTests(CapacityApiFactory api)
{
    private static readonly string[] StateIds =
    [
        "agu", "bcn", "bcs", "cam", "chp", "chh", "coa", "col", "dur", "gua", "gro", "hid", "jal", "cmx", "mex", "mic",
        "mor", "nay", "nle", "oax", "pue", "que", "roo", "slp", "sin", "son", "tab", "tam", "tla", "ver", "yuc", "zac",
    ];

    [Fact]
    public async Task The_occupancy_map_has_the_32_states_with_values_within_min_and_max()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var map = await ApiJson.GetAsync(client, $"/api/runs/{id}/map?day=10&metric=occupancy");

        Assert.Equal(10, map.GetProperty("day").GetInt32());
        Assert.Equal("2020-04-11", map.GetProperty("date").GetString());
        Assert.Equal("occupancy", map.GetProperty("metric").GetString());
        var states = map.GetProperty("states").EnumerateArray().ToArray();
        Assert.Equal(StateIds.Order(StringComparer.Ordinal), states.Select(s => s.GetProperty("stateId").GetString()).Order(StringComparer.Ordinal));
        AssertValuesInRange(map, 0.0, double.MaxValue);
        var withData = states.Where(s => s.GetProperty("value").ValueKind == JsonValueKind.Number).Select(s => s.GetProperty("stateId").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["agu", "cmx", "nay", "yuc"], withData);
    }

    [Fact]
    public async Task A_state_occupancy_is_its_ooads_covid_census_over_their_covid_beds()
    {
        var id = await api.CompletedFullQuickMiniAsync();
        using var client = api.Anonymous();

        var map = await ApiJson.GetAsync(client, $"/api/runs/{id}/map?day=30&metric=occupancy");

        var table = CsvTable.Read(Path.Combine(api.RunDirectory(id), "daily_ooad.csv"));
        var states = map.GetProperty("states").EnumerateArray().ToDictionary(s => s.GetProperty("stateId").GetString()!);
        foreach (var (state, ooad) in new[] { ("agu", "ags"), ("nay", "nay"), ("yuc", "yuc") })
        {
            var row = table.Rows.Single(r => table.Cell(r, "day") == "30" && table.Cell(r, "ooad") == ooad);
            var expected = (double)(table.Long(row, "census_ward") + table.Long(row, "census_icu"))
                / (table.Long(row, "covid_ward_beds") + table.Long(row, "covid_icu_beds"));
            Assert.Equal(expected, states[state].GetProperty("value").GetDouble(), 9);
        }
    }

    [Fact]
    public async Task The_states_of_the_mini_network_name_their_ooads()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var map = await ApiJson.GetAsync(client, $"/api/runs/{id}/map?metric=occupancy");

        var states = map.GetProperty("states").EnumerateArray().ToDictionary(s => s.GetProperty("stateId").GetString()!);
        Assert.Equal(ApiRuns.QuickDays - 1, map.GetProperty("day").GetInt32());
        Assert.Equal("Aguascalientes", states["agu"].GetProperty("state").GetString());
        Assert.Equal(["ags"], ApiJson.Strings(states["agu"].GetProperty("ooads")));
        Assert.Equal(["nay"], ApiJson.Strings(states["nay"].GetProperty("ooads")));
        Assert.Contains("cdmx-norte", ApiJson.Strings(states["cmx"].GetProperty("ooads")));
    }

    [Fact]
    public async Task The_days_of_supply_map_of_an_item_has_non_negative_values_within_min_and_max()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var map = await ApiJson.GetAsync(client, $"/api/runs/{id}/map?day=10&metric=days-of-supply&item=n95");

        Assert.Equal("days-of-supply", map.GetProperty("metric").GetString());
        Assert.Equal("n95", map.GetProperty("item").GetString());
        Assert.Equal(32, map.GetProperty("states").GetArrayLength());
        AssertValuesInRange(map, 0.0, double.MaxValue);
    }

    [Fact]
    public async Task Every_state_of_the_map_answer_is_a_path_of_the_served_svg_map()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var map = await ApiJson.GetAsync(client, $"/api/runs/{id}/map?metric=occupancy");
        using var svg = await client.GetAsync("/maps/mexico.svg");

        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        var ids = System.Text.RegularExpressions.Regex.Matches(await svg.Content.ReadAsStringAsync(), "<path[^>]*\\bid=\"([a-z]+)\"")
            .Select(m => m.Groups[1].Value)
            .Order(StringComparer.Ordinal);
        Assert.Equal(ids, map.GetProperty("states").EnumerateArray().Select(s => s.GetProperty("stateId").GetString()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("metric=temperature")]
    [InlineData("metric=days-of-supply&item=caviar")]
    [InlineData("day=99")]
    public async Task An_unknown_metric_item_or_day_is_400(string query)
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        await ApiJson.GetProblemAsync(client, $"/api/runs/{id}/map?{query}", HttpStatusCode.BadRequest);
    }

    private static void AssertValuesInRange(JsonElement map, double floor, double ceiling)
    {
        var values = map.GetProperty("states").EnumerateArray()
            .Select(s => s.GetProperty("value"))
            .Where(v => v.ValueKind != JsonValueKind.Null)
            .Select(v => v.GetDouble())
            .ToArray();
        Assert.NotEmpty(values);
        var min = map.GetProperty("min").GetDouble();
        var max = map.GetProperty("max").GetDouble();
        Assert.Equal(values.Min(), min);
        Assert.Equal(values.Max(), max);
        Assert.All(values, v => Assert.InRange(v, Math.Max(floor, min), Math.Min(ceiling, max)));
    }
}
