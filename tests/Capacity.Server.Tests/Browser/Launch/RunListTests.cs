using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Capacity.Server.Tests.Browser.Support;
using static Microsoft.Playwright.Assertions;

namespace Capacity.Server.Tests.Browser.Launch;

[Collection(BrowserCollection.Name)]
public sealed class RunListTests(WebHostFixture host)
{
    [Fact]
    public async Task A_running_run_is_cancelled_and_then_deleted_from_the_run_list()
    {
        // Three national years in two replicas (the longest run the limits allow, give or take): it is still running when
        // the button is clicked, even on a fast machine, and cancelling it stops the work at once.
        var id = await host.Api.LaunchAsync(new JsonObject { ["scenario"] = "national-2020", ["days"] = 1096, ["replicas"] = 2 });
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync("/");
        await browser.ByTestId("api-key").FillAsync(WebHostFixture.ApiKey);
        var row = browser.ByTestId("run-list").Locator($"tr[data-run-id='{id}']");

        await row.GetByTestId("cancel-run").ClickAsync();

        await Expect(row).ToHaveAttributeAsync("data-status", "cancelled");
        Assert.Equal("cancelled", (await host.Api.StatusAsync(id))["status"]!.GetValue<string>());
        await browser.ScreenshotAsync("run-list-cancelled", publish: false);

        await row.GetByTestId("delete-run").ClickAsync();

        await Expect(row).ToHaveCountAsync(0);
        Assert.DoesNotContain(id, (await host.Api.GetJsonAsync("/api/runs")).AsArray().Select(r => r!["id"]!.GetValue<string>()));
        browser.AssertHealthy();
    }

    [Fact]
    public async Task Ticking_two_completed_runs_in_the_run_list_opens_the_compare_page_for_them()
    {
        var a = await host.Samples.FirstAsync();
        var b = await host.Samples.SecondAsync();
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync("/");
        var list = browser.ByTestId("run-list");

        await list.Locator($"tr[data-run-id='{a}'] input[type=checkbox]").CheckAsync();
        await list.Locator($"tr[data-run-id='{b}'] input[type=checkbox]").CheckAsync();
        await browser.ByTestId("compare-selected").ClickAsync();

        await browser.Page.WaitForURLAsync(url => url.Contains("#/compare?", StringComparison.Ordinal));
        await Expect(browser.ByTestId("compare-table").Locator("tbody tr")).Not.ToHaveCountAsync(0);
        var either = new Regex($"^({Regex.Escape(a)}|{Regex.Escape(b)})$");
        await Expect(browser.ByTestId("compare-a")).ToHaveValueAsync(either);
        await Expect(browser.ByTestId("compare-b")).ToHaveValueAsync(either);
        Assert.NotEqual(await browser.ByTestId("compare-a").InputValueAsync(), await browser.ByTestId("compare-b").InputValueAsync());
        await browser.ScreenshotAsync();
        browser.AssertHealthy();
    }
}
