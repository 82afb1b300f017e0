using Capacity.Server.Tests.Browser.Support;
using static Microsoft.Playwright.Assertions;

namespace Capacity.Server.Tests.Browser.Map;

[Collection(BrowserCollection.Name)]
public sealed class MapPageTests(WebHostFixture host)
{
    [Fact]
    public async Task The_map_colours_exactly_the_states_with_data_and_at_least_four_of_them()
    {
        var run = await host.Samples.FirstAsync();
        var withData = await StatesWithDataAsync($"/api/runs/{run}/map");
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync($"/#/runs/{run}/map");
        await Expect(browser.ByTestId("state-map").Locator("path[data-state-id]")).ToHaveCountAsync(32);
        await Expect(browser.ByTestId("map-legend")).ToBeVisibleAsync();

        var coloured = await StateFills.ColouredStatesAsync(browser);

        Assert.True(coloured.Count >= 4, $"Only {coloured.Count} coloured states: {string.Join(", ", coloured)}");
        Assert.Equal(withData, coloured);
        await browser.ScreenshotAsync("map");
        browser.AssertHealthy();
    }

    [Fact]
    public async Task Switching_the_map_to_days_of_supply_of_an_item_recolours_it_from_that_metric()
    {
        var run = await host.Samples.FirstAsync();
        var withData = await StatesWithDataAsync($"/api/runs/{run}/map?metric=days-of-supply&item=gown");
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync($"/#/runs/{run}/map");
        await Expect(browser.ByTestId("map-legend")).ToContainTextAsync("occupancy");

        await browser.ByTestId("map-metric").SelectOptionAsync("days-of-supply");
        await browser.ByTestId("map-item").SelectOptionAsync("gown");

        await Expect(browser.ByTestId("map-legend")).ToContainTextAsync("gown");
        var coloured = await StateFills.ColouredStatesAsync(browser);
        Assert.True(
            withData.SequenceEqual(coloured),
            $"Coloured: {string.Join(", ", coloured)}\nwith data: {string.Join(", ", withData)}\nfills: {await StateFills.DescribeAsync(browser)}");
        await browser.ScreenshotAsync("map-days-of-supply", publish: false);
        browser.AssertHealthy();
    }

    [Fact]
    public async Task A_coloured_state_has_a_tooltip_naming_the_state()
    {
        var run = await host.Samples.FirstAsync();
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync($"/#/runs/{run}/map");

        // Yucatán is in both sample networks (quick-mini's yuc OOAD; national-2020's yuc).
        var yucatan = browser.ByTestId("state-map").Locator("path[data-state-id=yuc]");
        await Expect(yucatan.Locator("title")).ToContainTextAsync("Yucatán");
        await Expect(yucatan.Locator("title")).ToContainTextAsync("yuc");
        await browser.ScreenshotAsync();
        browser.AssertHealthy();
    }

    private async Task<List<string>> StatesWithDataAsync(string path)
    {
        var map = await host.Api.GetJsonAsync(path);
        return map["states"]!.AsArray()
            .Where(s => s!["value"] is not null)
            .Select(s => s!["stateId"]!.GetValue<string>())
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
