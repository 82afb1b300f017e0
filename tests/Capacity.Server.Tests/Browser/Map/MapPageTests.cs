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
        var withData = await StatesWithDataAsync(run);
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync($"/#/runs/{run}/map");
        var states = browser.ByTestId("state-map").Locator("path[data-state-id]");
        await Expect(states).ToHaveCountAsync(32);
        await Expect(browser.ByTestId("map-legend")).ToBeVisibleAsync();

        // The fill is set once the map data has arrived: wait until a state is coloured, then read them all.
        await browser.Page.WaitForFunctionAsync(
            $"() => [...document.querySelectorAll('[data-testid=state-map] path[data-state-id]')].some(p => {StateFills.IsColouredJs}(getComputedStyle(p).fill))");
        var fills = await states.EvaluateAllAsync<string[][]>(
            "paths => paths.map(p => [p.getAttribute('data-state-id'), getComputedStyle(p).fill])");
        var coloured = fills.Where(f => StateFills.IsColoured(f[1])).Select(f => f[0]).Order(StringComparer.Ordinal).ToList();

        Assert.True(coloured.Count >= 4, $"Only {coloured.Count} coloured states: {string.Join(", ", fills.Select(f => $"{f[0]}={f[1]}"))}");
        Assert.Equal(withData, coloured);
        await browser.ScreenshotAsync("map");
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
        await Expect(yucatan.Locator("title")).ToContainTextAsync("Yucat");
        browser.AssertHealthy();
    }

    private async Task<List<string>> StatesWithDataAsync(string run)
    {
        var map = await host.Api.GetJsonAsync($"/api/runs/{run}/map");
        return map["states"]!.AsArray()
            .Where(s => s!["value"] is not null)
            .Select(s => s!["stateId"]!.GetValue<string>())
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
