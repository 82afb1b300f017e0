using Capacity.Server.Tests.Browser.Support;
using static Microsoft.Playwright.Assertions;

namespace Capacity.Server.Tests.Browser.Compare;

[Collection(BrowserCollection.Name)]
public sealed class ComparePageTests(WebHostFixture host)
{
    [Fact]
    public async Task The_compare_page_shows_the_KPIs_of_both_runs_and_their_charts()
    {
        var a = await host.Samples.FirstAsync();
        var b = await host.Samples.SecondAsync();
        var kpis = await host.Api.GetJsonAsync($"/api/compare?a={a}&b={b}");
        var names = kpis["rows"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).ToList();
        await using var browser = await host.OpenPageAsync();

        await browser.GotoAsync($"/#/compare?a={a}&b={b}");

        await Expect(browser.ByTestId("compare-a")).ToHaveValueAsync(a);
        await Expect(browser.ByTestId("compare-b")).ToHaveValueAsync(b);
        var table = browser.ByTestId("compare-table");
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(names.Count);
        await Expect(table.Locator("tbody tr").First).ToContainTextAsync(names[0]);
        await Expect(browser.ByTestId("compare-chart-a")).ToBeVisibleAsync();
        await Expect(browser.ByTestId("compare-chart-b")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("compare");
        browser.AssertHealthy();
    }

    [Fact]
    public async Task Choosing_two_runs_in_the_selects_fills_the_compare_table()
    {
        var a = await host.Samples.FirstAsync();
        var b = await host.Samples.SecondAsync();
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync("/#/compare");

        await browser.ByTestId("compare-a").SelectOptionAsync(a);
        await browser.ByTestId("compare-b").SelectOptionAsync(b);

        await Expect(browser.ByTestId("compare-table").Locator("tbody tr")).Not.ToHaveCountAsync(0);
        await browser.ScreenshotAsync();
        browser.AssertHealthy();
    }
}
