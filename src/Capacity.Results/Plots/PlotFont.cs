namespace Capacity.Results.Plots;

/// <summary>The one typeface of every chart: DejaVu Sans 2.37, embedded (licence in Plots/Fonts/LICENSE-DejaVu.txt).</summary>
internal static class PlotFont
{
    /// <summary>A name no installed font has, so only <see cref="EmbeddedFontResolver"/> can answer it.</summary>
    public const string Name = "Capacity DejaVu Sans";

    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Puts the embedded resolver first in ScottPlot's process-wide list, once.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (!_registered)
            {
                ScottPlot.Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
                _registered = true;
            }
        }
    }
}
