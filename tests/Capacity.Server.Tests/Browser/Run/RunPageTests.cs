using Capacity.Server.Tests.Browser.Support;
using static Microsoft.Playwright.Assertions;

namespace Capacity.Server.Tests.Browser.Run;

[Collection(BrowserCollection.Name)]
public sealed class RunPageTests(WebHostFixture host)
{
    [Fact]
    public async Task The_daily_national_download_link_of_a_completed_run_gives_the_CSV_file()
    {
        var run = await host.Samples.FirstAsync();
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync($"/#/runs/{run}");
        await Expect(browser.ByTestId("kpi-table")).ToBeVisibleAsync();

        var link = browser.ByTestId("downloads").Locator("a[data-testid=download-link][href$='daily_national.csv']");
        await Expect(link).ToHaveCountAsync(1);
        await browser.ScreenshotAsync("run");
        var download = await browser.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());

        Assert.Equal("daily_national.csv", download.SuggestedFilename);
        var file = await download.PathAsync();
        var header = File.ReadLines(file).First();
        Assert.StartsWith("day,date,", header, StringComparison.Ordinal);
        browser.AssertHealthy();
    }

    [Fact]
    public async Task A_completed_run_links_every_file_of_the_run_for_download()
    {
        var run = await host.Samples.FirstAsync();
        var files = await host.Api.FilePathsAsync(run);
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync($"/#/runs/{run}");

        var links = browser.ByTestId("downloads").Locator("a[data-testid=download-link]");
        await Expect(links).ToHaveCountAsync(files.Count);
        var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(
            files.Select(f => $"/api/runs/{run}/files/{f}").Order(StringComparer.Ordinal),
            hrefs.Order(StringComparer.Ordinal));
        await browser.ScreenshotAsync();
        browser.AssertHealthy();
    }

    [Fact]
    public async Task The_plots_of_a_run_are_shown_as_loaded_images()
    {
        var run = await host.Samples.FirstAsync();
        // plots/*.png, not the per-OOAD ones of plots/ooad/ (web-contract.md).
        var pngs = (await host.Api.FilePathsAsync(run))
            .Where(f => f.StartsWith("plots/", StringComparison.Ordinal) && f.EndsWith(".png", StringComparison.Ordinal) && f.Count(c => c == '/') == 1)
            .ToList();
        Assert.NotEmpty(pngs);
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync($"/#/runs/{run}");

        var images = browser.ByTestId("plots").Locator("img");
        await Expect(images).ToHaveCountAsync(pngs.Count);
        foreach (var image in await images.AllAsync())
        {
            await image.ScrollIntoViewIfNeededAsync();
            await Expect(image).ToHaveJSPropertyAsync("complete", true);
            Assert.True(await image.EvaluateAsync<int>("img => img.naturalWidth") > 0, $"{await image.GetAttributeAsync("src")} did not load.");
        }

        await browser.ScreenshotAsync();
        browser.AssertHealthy();
    }
}
