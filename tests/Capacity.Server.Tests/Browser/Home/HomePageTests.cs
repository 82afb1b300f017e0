using System.Text.RegularExpressions;
using Capacity.Server.Tests.Browser.Support;
using static Microsoft.Playwright.Assertions;

namespace Capacity.Server.Tests.Browser.Home;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(WebHostFixture host)
{
    [Fact]
    public async Task The_home_page_loads_with_the_Capacity_title_and_the_launch_form()
    {
        await using var browser = await host.OpenPageAsync();

        var response = await browser.GotoAsync("/");

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        await Expect(browser.Page).ToHaveTitleAsync(new Regex("Capacity"));
        await Expect(browser.ByTestId("launch-button")).ToBeVisibleAsync();
        await Expect(browser.ByTestId("run-list")).ToBeVisibleAsync();
        await browser.ScreenshotAsync();
        browser.AssertHealthy();
    }

    [Fact]
    public async Task The_scenario_select_offers_every_scenario_of_the_scenarios_folder()
    {
        var scenarios = (await host.Api.GetJsonAsync("/api/scenarios")).AsArray().Select(s => s!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("quick-mini", scenarios);
        await using var browser = await host.OpenPageAsync();

        await browser.GotoAsync("/");

        var options = browser.ByTestId("scenario-select").Locator("option:not([value=''])");
        await Expect(options).ToHaveCountAsync(scenarios.Count);
        Assert.Equal(scenarios, await options.EvaluateAllAsync<string[]>("os => os.map(o => o.value)"));
        await browser.ScreenshotAsync();
        browser.AssertHealthy();
    }
}
