using System.Text.RegularExpressions;
using Capacity.Server.Tests.Browser.Support;
using static Microsoft.Playwright.Assertions;

namespace Capacity.Server.Tests.Browser.Launch;

[Collection(BrowserCollection.Name)]
public sealed class LaunchFormTests(WebHostFixture host)
{
    [Fact]
    public async Task A_quick_mini_run_launched_from_the_form_reaches_100_percent_and_shows_its_KPIs()
    {
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync("/");

        await browser.ByTestId("api-key").FillAsync(WebHostFixture.ApiKey);
        await browser.ByTestId("scenario-select").SelectOptionAsync("quick-mini");
        await Expect(browser.ByTestId("scenario-yaml")).ToHaveValueAsync(new Regex("name: quick-mini"));
        await browser.ByTestId("param-days").FillAsync("20");
        await browser.ScreenshotAsync("launch");
        await LaunchedRun.LaunchAsync(browser);
        await Expect(browser.ByTestId("progress-bar")).ToHaveAttributeAsync("role", "progressbar");
        await Expect(browser.ByTestId("progress-bar")).ToHaveAttributeAsync("aria-valuenow", "100");
        await Expect(browser.ByTestId("progress-text")).ToHaveTextAsync("100%");
        await Expect(browser.ByTestId("run-status")).ToContainTextAsync("completed", new() { IgnoreCase = true });
        await Expect(browser.ByTestId("day-counter")).ToContainTextAsync("Day 20 of 20");
        await Expect(browser.ByTestId("kpi-table")).ToBeVisibleAsync();
        await Expect(browser.ByTestId("kpi-table").Locator("tbody tr")).Not.ToHaveCountAsync(0);

        // The live chart: census and COVID beds, one point per simulated day.
        var series = browser.ByTestId("live-chart").Locator("polyline[data-series]");
        await Expect(series).ToHaveCountAsync(2);
        var points = await series.EvaluateAllAsync<int[]>("lines => lines.map(l => l.points.numberOfItems)");
        Assert.Equal([20, 20], points);
        await browser.ScreenshotAsync("run-launched", publish: false);
        browser.AssertHealthy();
    }

    [Fact]
    public async Task An_ensemble_of_two_replicas_launched_from_the_form_completes_with_both_replicas_files()
    {
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync("/");

        await browser.ByTestId("api-key").FillAsync(WebHostFixture.ApiKey);
        await browser.ByTestId("scenario-select").SelectOptionAsync("quick-mini");
        await Expect(browser.ByTestId("scenario-yaml")).ToHaveValueAsync(new Regex("name: quick-mini"));
        await browser.ByTestId("param-days").FillAsync("10");
        await browser.ByTestId("param-replicas").FillAsync("2");
        await LaunchedRun.LaunchAsync(browser);
        await Expect(browser.ByTestId("progress-text")).ToHaveTextAsync("100%");
        await Expect(browser.ByTestId("kpi-table")).ToBeVisibleAsync();
        var downloads = browser.ByTestId("downloads");
        await Expect(downloads.Locator("a[data-testid=download-link][href*='/files/replica-000/']")).Not.ToHaveCountAsync(0);
        await Expect(downloads.Locator("a[data-testid=download-link][href*='/files/replica-001/']")).Not.ToHaveCountAsync(0);
        await browser.ScreenshotAsync();
        browser.AssertHealthy();
    }

    [Fact]
    public async Task Validating_a_scenario_with_a_misspelt_field_lists_the_error_with_its_line_and_column()
    {
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync("/");
        var typo = TypoYaml.FromQuickMini();

        await browser.ByTestId("scenario-yaml").FillAsync(typo.Yaml);
        await browser.ByTestId("validate-button").ClickAsync();

        var errors = browser.ByTestId("validation-errors").Locator("li");
        await Expect(errors).ToHaveCountAsync(1);
        await Expect(errors).ToContainTextAsync($"{typo.Line}:3 demand.atackRate");
        await Expect(errors).ToContainTextAsync("did you mean 'attackRate'");
        await browser.ScreenshotAsync("launch-validation", publish: false);

        // The validate endpoint answers 400 with the problem; that is the point of this test, not a page fault.
        browser.AssertHealthy("/api/scenarios/validate");
    }
}
