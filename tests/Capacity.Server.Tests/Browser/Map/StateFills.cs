using System.Globalization;
using System.Text.RegularExpressions;

namespace Capacity.Server.Tests.Browser.Map;

/// <summary>
/// Tells a state filled from the colour scale from one left in the no-data grey (or unfilled): computed fills are
/// <c>rgb(r, g, b)</c>, and a grey has equal channels.
/// </summary>
internal static partial class StateFills
{
    /// <summary>The same test in JavaScript, for <c>WaitForFunctionAsync</c>.</summary>
    public const string IsColouredJs =
        "(fill => { const m = /rgba?\\((\\d+), (\\d+), (\\d+)/.exec(fill); return !!m && Math.max(+m[1], +m[2], +m[3]) - Math.min(+m[1], +m[2], +m[3]) > 8; })";

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
