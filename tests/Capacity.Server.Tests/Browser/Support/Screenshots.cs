using Microsoft.Playwright;

namespace Capacity.Server.Tests.Browser.Support;

/// <summary>
/// Full-page PNGs of the pages under test: always into <c>screenshots/</c> of the test output directory, and also into
/// the directory named by <c>CAPACITY_SCREENSHOTS</c> when set (<c>docs/screenshots</c> to refresh the README's pictures).
/// </summary>
internal static class Screenshots
{
    public const string Variable = "CAPACITY_SCREENSHOTS";

    /// <summary>The viewport every page test uses, so screenshots have one width.</summary>
    public static ViewportSize Viewport { get; } = new() { Width = 1400, Height = 900 };

    /// <summary>Whether the screenshots go to <c>CAPACITY_SCREENSHOTS</c> as well (the sample runs are then bigger).</summary>
    public static bool Publishing => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 };

    /// <summary>
    /// Saves <paramref name="page"/> as <c>&lt;name&gt;.png</c>; <paramref name="publish"/> false keeps it out of
    /// <c>CAPACITY_SCREENSHOTS</c> (pictures of details the README does not show).
    /// </summary>
    public static async Task SaveAsync(IPage page, string name, bool publish = true)
    {
        var local = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(local)!);
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = local, FullPage = true });
        if (publish && Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } published)
        {
            Directory.CreateDirectory(published);
            await File.WriteAllBytesAsync(Path.Combine(published, name + ".png"), png);
        }
    }
}
