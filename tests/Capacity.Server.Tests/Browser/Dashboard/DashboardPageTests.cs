using Capacity.Server.Tests.Browser.Support;
using static Microsoft.Playwright.Assertions;

namespace Capacity.Server.Tests.Browser.Dashboard;

[Collection(BrowserCollection.Name)]
public sealed class DashboardPageTests(WebHostFixture host)
{
    [Fact]
    public async Task The_Orleans_Dashboard_at_dashboard_loads_with_its_menu()
    {
        await using var browser = await host.OpenPageAsync();

        await browser.GotoAsync("/dashboard/");

        await Expect(browser.Page).ToHaveTitleAsync("Orleans Dashboard");
        await Expect(browser.Page.Locator("#menu a").First).ToBeVisibleAsync();
        await Expect(browser.Page.Locator("#content")).Not.ToBeEmptyAsync();
        await browser.ScreenshotAsync("dashboard");
        browser.AssertHealthy();
    }
}
