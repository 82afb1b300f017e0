using Capacity.Server.Tests.Browser.Support;
using static Microsoft.Playwright.Assertions;

namespace Capacity.Server.Tests.Browser.ApiDocs;

[Collection(BrowserCollection.Name)]
public sealed class ApiDocsPageTests(WebHostFixture host)
{
    [Fact]
    public async Task The_Swagger_UI_at_api_docs_renders_the_runs_endpoints()
    {
        await using var browser = await host.OpenPageAsync();

        await browser.GotoAsync("/api/docs");

        await Expect(browser.Page.Locator(".swagger-ui .info .title")).ToBeVisibleAsync();
        var operations = browser.Page.Locator(".swagger-ui .opblock");
        await Expect(operations.First).ToBeVisibleAsync();
        await Expect(browser.Page.Locator(".opblock-summary-path[data-path='/api/runs']").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync("api-docs");
        browser.AssertHealthy();
    }

    [Fact]
    public async Task Trying_GET_api_info_in_the_Swagger_UI_shows_the_servers_limits()
    {
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync("/api/docs");
        var info = browser.Page.Locator(".opblock-get").Filter(new() { Has = browser.Page.Locator(".opblock-summary-path[data-path='/api/info']") });

        await info.Locator(".opblock-summary").ClickAsync();
        await info.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Try it out" }).ClickAsync();
        await info.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Execute" }).ClickAsync();

        var body = info.Locator(".responses-wrapper .live-responses-table .response-col_description pre").First;
        await Expect(body).ToContainTextAsync("\"maxDays\": 1096");
        await browser.ScreenshotAsync();
        browser.AssertHealthy();
    }
}
