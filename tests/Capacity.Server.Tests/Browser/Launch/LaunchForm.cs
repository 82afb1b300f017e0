using System.Text.RegularExpressions;
using Capacity.Server.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Capacity.Server.Tests.Browser.Launch;

/// <summary>What the launch form leads to.</summary>
internal static partial class LaunchForm
{
    /// <summary>
    /// After a click on launch: the run's page (<c>#/runs/{id}</c>), which the UI opens by itself or which is reached
    /// from the new run's row of the run list.
    /// </summary>
    public static async Task OpenLaunchedRunAsync(BrowserPage browser)
    {
        await browser.Page.WaitForURLAsync(RunPage());
    }

    [GeneratedRegex(@"#/runs/[^/?]+$")]
    private static partial Regex RunPage();
}
