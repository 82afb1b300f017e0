using System.Globalization;
using System.Text.RegularExpressions;
using Capacity.Server.Tests.Browser.Support;

namespace Capacity.Server.Tests.Browser.Map;

/// <summary>
/// Tells a state filled from the colour scale from one left in the no-data grey (or unfilled): computed fills are
/// <c>rgb(r, g, b)</c>, and a grey has (nearly) equal channels.
/// </summary>
internal static partial class StateFills
{
    private const string States = "[data-testid=state-map] path[data-state-id]";

    // The same test in JavaScript, for WaitForFunctionAsync.
    private const string IsColouredJs =
        "(fill => { const m = /rgba?\\((\\d+), (\\d+), (\\d+)/.exec(fill); return !!m && Math.max(+m[1], +m[2], +m[3]) - Math.min(+m[1], +m[2], +m[3]) > 8; })";

    /// <summary>
    /// The ids of the coloured states, sorted, once at least one is coloured (the fills are set when the map data
    /// has arrived).
    /// </summary>
    public static async Task<List<string>> ColouredStatesAsync(BrowserPage browser)
    {
        await browser.Page.WaitForFunctionAsync(
            $"() => [...document.querySelectorAll('{States}')].some(p => {IsColouredJs}(getComputedStyle(p).fill))");

        // The fills fade in (a CSS transition): read them once no transition runs.
        await browser.Page.WaitForFunctionAsync("() => document.querySelector('[data-testid=state-map]').getAnimations({ subtree: true }).length === 0");
        var fills = await browser.Page.Locator(States).EvaluateAllAsync<string[][]>(
            "paths => paths.map(p => [p.getAttribute('data-state-id'), getComputedStyle(p).fill])");
        return fills.Where(f => IsColoured(f[1])).Select(f => f[0]).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every state's id, fill attribute and computed fill, for a failure message.</summary>
    public static async Task<string> DescribeAsync(BrowserPage browser) =>
        string.Join("; ", await browser.Page.Locator(States).EvaluateAllAsync<string[]>(
            "paths => paths.map(p => `${p.getAttribute('data-state-id')} ${p.getAttribute('fill')} ${getComputedStyle(p).fill} ${p.dataset.value ?? ''}`)"));

    public static bool IsColoured(string fill)
    {
        var match = Rgb().Match(fill);
        if (!match.Success)
        {
            return false;
        }

        var channels = Enumerable.Range(1, 3).Select(i => int.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture)).ToList();
        return channels.Max() - channels.Min() > 8;
    }

    [GeneratedRegex(@"rgba?\((\d+), (\d+), (\d+)")]
    private static partial Regex Rgb();
}
