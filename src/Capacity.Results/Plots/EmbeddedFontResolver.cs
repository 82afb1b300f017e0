using ScottPlot;
using SkiaSharp;

namespace Capacity.Results.Plots;

/// <summary>
/// Answers ScottPlot's font requests for <see cref="PlotFont.Name"/> with the embedded DejaVu Sans, whatever weight or
/// slant is asked for, so a chart never depends on the fonts a machine has installed. Other names are left to the
/// next resolver.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private const string ResourceName = "Capacity.Results.Plots.DejaVuSans.ttf";

    private readonly SKData _font = Load();

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => Create(fontName);

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) => Create(fontName);

    private SKTypeface? Create(string fontName) =>
        string.Equals(fontName, PlotFont.Name, StringComparison.Ordinal) ? SKTypeface.FromData(_font) : null;

    private static SKData Load()
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded font {ResourceName} is missing from {typeof(EmbeddedFontResolver).Assembly.GetName().Name}.");
        return SKData.Create(stream);
    }
}
