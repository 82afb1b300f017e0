using System.Text.RegularExpressions;

namespace Capacity.Results.Plots;

/// <summary>
/// Makes Skia's SVG byte-stable and portable. Skia numbers clip paths from a process-wide counter (<c>cl_3b</c>), so the
/// same chart drawn twice gets different ids: they are renumbered <c>clip1</c>, <c>clip2</c>… in order of first
/// appearance. The embedded font's family gets fallbacks for viewers without DejaVu Sans.
/// </summary>
internal static partial class SvgText
{
    /// <summary>What SVG viewers are asked for: the embedded font's family, then the nearest common fallbacks.</summary>
    public const string FontFamilies = "DejaVu Sans, Verdana, sans-serif";

    // Skia names the typeface by the family inside the font file, not by the name the chart asked for.
    private const string EmbeddedFamily = "font-family=\"DejaVu Sans\"";

    public static string Normalise(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var renumbered = ClipId().Replace(svg, m =>
        {
            var old = m.Groups["id"].Value;
            if (!ids.TryGetValue(old, out var fresh))
            {
                fresh = "clip" + (ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                ids.Add(old, fresh);
            }

            return m.Groups["before"].Value + fresh;
        });
        return renumbered
            .Replace(EmbeddedFamily, $"font-family=\"{FontFamilies}\"", StringComparison.Ordinal)
            .ReplaceLineEndings(TextFormat.NewLine);
    }

    public static byte[] Bytes(string svg) => TextFormat.Utf8.GetBytes(Normalise(svg));

    // Definitions (id="cl_4") and references (url(#cl_4)); Skia writes the counter in hex.
    [GeneratedRegex(@"(?<before>id=""|url\(#)(?<id>cl_[0-9a-fA-F]+)")]
    private static partial Regex ClipId();
}
