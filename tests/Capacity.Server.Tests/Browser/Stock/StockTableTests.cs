using System.Text.Json.Nodes;
using Capacity.Server.Tests.Browser.Support;
using static Microsoft.Playwright.Assertions;

namespace Capacity.Server.Tests.Browser.Stock;

[Collection(BrowserCollection.Name)]
public sealed class StockTableTests(WebHostFixture host)
{
    [Fact]
    public async Task Sorting_by_on_hand_shows_the_rows_in_the_order_of_the_stock_endpoint_sorted_the_same_way()
    {
        var run = await host.Samples.FirstAsync();
        var expected = await RowKeysAsync($"/api/runs/{run}/stock?sort=onHand&desc=true&limit=100");
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync($"/#/runs/{run}/stock");
        var header = browser.ByTestId("stock-table").Locator("th[data-sort=onHand]");
        await Expect(header).ToBeVisibleAsync();

        await header.ClickAsync();

        await Expect(header).ToHaveAttributeAsync("aria-sort", "descending");
        await Eventually.EqualAsync(expected, () => ShownRowKeysAsync(browser));
        await browser.ScreenshotAsync();
        browser.AssertHealthy();
    }

    [Fact]
    public async Task Choosing_the_warehouse_level_lists_the_warehouses_stock()
    {
        var run = await host.Samples.FirstAsync();
        var expected = await RowKeysAsync($"/api/runs/{run}/stock?level=warehouse&sort=entityId&limit=100");
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync($"/#/runs/{run}/stock");
        await Expect(browser.ByTestId("stock-table").Locator("tr[data-ooad]")).Not.ToHaveCountAsync(0);

        await browser.ByTestId("stock-level").SelectOptionAsync("warehouse");

        await Eventually.EqualAsync(expected, () => ShownRowKeysAsync(browser));
        await browser.ScreenshotAsync("stock-warehouses", publish: false);
        browser.AssertHealthy();
    }

    [Fact]
    public async Task Going_to_day_0_shows_the_stock_and_date_of_the_first_day()
    {
        var run = await host.Samples.FirstAsync();
        var first = await host.Api.GetJsonAsync($"/api/runs/{run}/stock?day=0&limit=100");
        var expected = Keys(first);
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync($"/#/runs/{run}/stock");
        await Expect(browser.ByTestId("stock-table").Locator("tr[data-ooad]")).Not.ToHaveCountAsync(0);

        await browser.ByTestId("stock-day").FillAsync("0");

        await Expect(browser.ByTestId("stock-date")).ToContainTextAsync(first["date"]!.GetValue<string>());
        await Eventually.EqualAsync(OnHand(first), () => ShownOnHandAsync(browser));
        Assert.Equal(expected, await ShownRowKeysAsync(browser));
        await browser.ScreenshotAsync();
        browser.AssertHealthy();
    }

    private async Task<string[]> RowKeysAsync(string path) => Keys(await host.Api.GetJsonAsync(path));

    private static string[] Keys(JsonNode page) =>
        page["rows"]!.AsArray().Select(r => $"{r!["entityId"]}/{r["item"]}").ToArray();

    private static string[] OnHand(JsonNode page) =>
        page["rows"]!.AsArray().Select(r => r!["onHand"]!.GetValue<double>().ToString("N0", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static Task<string[]> ShownRowKeysAsync(BrowserPage browser) =>
        browser.ByTestId("stock-table").Locator("tbody tr[data-ooad]")
            .EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.entityId + '/' + r.dataset.item)");

    // The on-hand column (4th) as shown.
    private static Task<string[]> ShownOnHandAsync(BrowserPage browser) =>
        browser.ByTestId("stock-table").Locator("tbody tr[data-ooad]")
            .EvaluateAllAsync<string[]>("rows => rows.map(r => r.cells[3].textContent.trim())");
}
