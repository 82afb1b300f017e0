using System.Text.RegularExpressions;
using Capacity.Server.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Capacity.Server.Tests.Browser.Launch;

/// <summary>A click on the launch button and what it leads to: the new run's page, or a refusal shown on the form.</summary>
internal static partial class LaunchedRun
{
    /// <summary>
    /// Clicks launch, waits for the answer to POST /api/runs and then for the run page (<c>#/runs/{id}</c>); fails with
    /// what the page shows when the launch was refused or never answered.
    /// </summary>
    public static async Task LaunchAsync(BrowserPage browser)
    {
        IResponse response;
        try
        {
            response = await browser.Page.RunAndWaitForResponseAsync(
                () => browser.ByTestId("launch-button").ClickAsync(),
                r => r.Request.Method == "POST" && r.Url.EndsWith("/api/runs", StringComparison.Ordinal));
        }
        catch (TimeoutException)
        {
            await browser.ScreenshotAsync("launch-unanswered", publish: false);
            Assert.Fail($"POST /api/runs was not answered (or not sent). Page {browser.Page.Url}, message: {await MessageAsync(browser)}");
            return;
        }

        if (!response.Ok)
        {
            Assert.Fail($"POST /api/runs → {response.Status} {await response.TextAsync()}; message: {await MessageAsync(browser)}");
        }

        try
        {
            await browser.Page.WaitForURLAsync(RunPage());
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The run page did not open after {response.Status} {await response.TextAsync()}: the page is at {browser.Page.Url}");
        }
    }

    private static async Task<string> MessageAsync(BrowserPage browser) =>
        (await browser.ByTestId("launch-message").TextContentAsync())?.Trim() ?? "";

    [GeneratedRegex(@"#/runs/[^/?]+$")]
    private static partial Regex RunPage();
}
