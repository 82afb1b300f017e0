using Capacity.Server.Tests.Browser.Support;
using static Microsoft.Playwright.Assertions;

namespace Capacity.Server.Tests.Browser.Stock;

[Collection(BrowserCollection.Name)]
public sealed class StockPageTests(WebHostFixture host)
{
    [Fact]
    public async Task Filtering_the_stock_table_by_an_OOAD_shows_only_that_OOADs_rows()
    {
        var run = await host.Samples.FirstAsync();
        var ooad = SampleRuns.SomeOoad;
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync($"/#/runs/{run}/stock");
        var table = browser.ByTestId("stock-table");
        await Expect(table.Locator($"tr[data-ooad]:not([data-ooad='{ooad}'])")).Not.ToHaveCountAsync(0);

        await browser.ByTestId("stock-filter-ooad").SelectOptionAsync(ooad);

        await Expect(table.Locator($"tr[data-ooad]:not([data-ooad='{ooad}'])")).ToHaveCountAsync(0);
        await Expect(table.Locator($"tr[data-ooad='{ooad}']")).Not.ToHaveCountAsync(0);
        await browser.ScreenshotAsync("stock");
        browser.AssertHealthy();
    }

    [Fact]
    public async Task Filtering_the_stock_table_by_an_item_shows_only_that_items_rows()
    {
        var run = await host.Samples.FirstAsync();
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync($"/#/runs/{run}/stock");
        var table = browser.ByTestId("stock-table");
        await Expect(table.Locator("tr[data-item]")).Not.ToHaveCountAsync(0);
        var item = (await table.Locator("tr[data-item]").Last.GetAttributeAsync("data-item"))!;

        await browser.ByTestId("stock-filter-item").SelectOptionAsync(item);

        await Expect(table.Locator($"tr[data-item]:not([data-item='{item}'])")).ToHaveCountAsync(0);
        await Expect(table.Locator($"tr[data-item='{item}']")).Not.ToHaveCountAsync(0);
        await browser.ScreenshotAsync();
        browser.AssertHealthy();
    }

    [Fact]
    public async Task The_shipments_table_lists_every_consignment_shipped_and_received_on_the_day()
    {
        var run = await host.Samples.FirstAsync();
        var day = await host.Api.GetJsonAsync($"/api/runs/{run}/shipments");
        var expected = day["shipped"]!.AsArray().Count + day["received"]!.AsArray().Count;
        Assert.True(expected > 0, $"Nothing moved on the last day of {run}: {day.ToJsonString()}");
        await using var browser = await host.OpenPageAsync();

        await browser.GotoAsync($"/#/runs/{run}/stock");

        await Expect(browser.ByTestId("shipments-table").Locator("tbody tr")).ToHaveCountAsync(expected);
        await Expect(browser.ByTestId("stockout-list")).ToBeVisibleAsync();
        await browser.ScreenshotAsync();
        browser.AssertHealthy();
    }
}
