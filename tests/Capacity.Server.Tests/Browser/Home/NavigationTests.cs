using System.Text.RegularExpressions;
using Capacity.Server.Tests.Browser.Support;
using static Microsoft.Playwright.Assertions;

namespace Capacity.Server.Tests.Browser.Home;

[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(WebHostFixture host)
{
    [Fact]
    public async Task The_top_nav_leads_to_compare_the_API_docs_and_the_dashboard()
    {
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync("/");

        await browser.ByTestId("nav").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Compare" }).ClickAsync();
        await Expect(browser.ByTestId("compare-table")).ToBeAttachedAsync();

        await browser.ByTestId("nav").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "API docs" }).ClickAsync();
        await Expect(browser.Page.Locator(".swagger-ui .info .title")).ToBeVisibleAsync();

        await browser.GotoAsync("/");
        await browser.ByTestId("nav").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await Expect(browser.Page).ToHaveTitleAsync("Orleans Dashboard");
        await Expect(browser.Page).ToHaveURLAsync(new Regex("/dashboard/$"));
        await browser.ScreenshotAsync();
        browser.AssertHealthy();
    }
}
