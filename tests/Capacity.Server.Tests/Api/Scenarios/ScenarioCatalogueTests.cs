using System.Net;
using System.Text.Json;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Scenarios;

/// <summary><c>GET /api/scenarios</c> and <c>GET /api/scenarios/{name}</c> list and show the files of the scenarios directory.</summary>
[Collection(ApiCollection.Name)]
public sealed class ScenarioCatalogueTests(CapacityApiFactory api)
{
    [Fact]
    public async Task The_list_holds_every_scenario_file_sorted_by_name()
    {
        using var client = api.Anonymous();

        var list = await ApiJson.GetAsync(client, "/api/scenarios");

        var expected = Directory.GetFiles(CapacityApiFactory.ScenariosDirectory, "*.yaml")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var names = list.EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToArray();
        Assert.Equal(expected, names);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Every_scenario_of_the_repository_is_valid()
    {
        using var client = api.Anonymous();

        var list = await ApiJson.GetAsync(client, "/api/scenarios");

        Assert.All(list.EnumerateArray(), s => Assert.True(s.GetProperty("valid").GetBoolean(), $"listed as invalid: {s}"));
    }

    [Fact]
    public async Task A_catalogue_scenario_reads_the_data_file_it_names_next_to_itself()
    {
        using var client = api.Authorized();

        var id = await ApiRuns.StartAsync(client, new { scenario = "observed-example", days = 5 });
        await ApiRuns.WaitForStatusAsync(client, id, "completed");

        Assert.Equal(6, File.ReadAllLines(Path.Combine(api.RunDirectory(id), "daily_national.csv")).Length);
    }

    [Fact]
    public async Task Quick_mini_is_summarised_from_its_file()
    {
        using var client = api.Anonymous();

        var list = await ApiJson.GetAsync(client, "/api/scenarios");

        var quick = list.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "quick-mini");
        AssertQuickMiniSummary(quick);
        Assert.False(quick.TryGetProperty("yaml", out var yaml) && yaml.ValueKind == JsonValueKind.String, "the list should not carry the YAML text");
    }

    [Fact]
    public async Task One_scenario_comes_with_its_file_text()
    {
        using var client = api.Anonymous();

        var quick = await ApiJson.GetAsync(client, "/api/scenarios/quick-mini");

        AssertQuickMiniSummary(quick);
        Assert.Equal(File.ReadAllText(Path.Combine(CapacityApiFactory.ScenariosDirectory, "quick-mini.yaml")), quick.GetProperty("yaml").GetString());
    }

    [Fact]
    public async Task An_unknown_scenario_is_404()
    {
        using var client = api.Anonymous();

        await ApiJson.GetProblemAsync(client, "/api/scenarios/no-such-scenario", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("bad%20name%21")]
    [InlineData("..%2Fscenarios%2Fquick-mini")]
    [InlineData("a%3Cb%3E")]
    public async Task A_name_that_is_not_a_scenario_name_is_400(string name)
    {
        using var client = api.Anonymous();

        await ApiJson.GetProblemAsync(client, "/api/scenarios/" + name, HttpStatusCode.BadRequest);
    }

    private static void AssertQuickMiniSummary(JsonElement quick)
    {
        Assert.Equal("quick-mini", quick.GetProperty("name").GetString());
        Assert.Equal("quick-mini.yaml", quick.GetProperty("file").GetString());
        Assert.StartsWith("Fast demo", quick.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(7, quick.GetProperty("seed").GetInt64());
        Assert.Equal("2020-04-01", quick.GetProperty("start").GetString());
        Assert.Equal(60, quick.GetProperty("days").GetInt32());
        Assert.Equal("imss-2020-mini", quick.GetProperty("network").GetString());
        Assert.Equal(4, quick.GetProperty("ooads").GetInt32());
        Assert.True(quick.GetProperty("hospitals").GetInt32() > 0);
        Assert.Equal("occupancy-trigger", quick.GetProperty("reconversionPolicy").GetString());
        Assert.False(string.IsNullOrEmpty(quick.GetProperty("supplyPolicy").GetString()), "supplyPolicy is empty");
        Assert.Equal(0, quick.GetProperty("shocks").GetInt32());
        Assert.True(quick.GetProperty("valid").GetBoolean());
        Assert.Empty(quick.GetProperty("errors").EnumerateArray());
    }
}
