using System.Collections.Immutable;

namespace Capacity.Results.Plots;

/// <summary>A shaded band between two series per day (an ensemble's P5 and P95); days where either is null are left out.</summary>
/// <param name="Label">Legend text.</param>
/// <param name="Lower">Lower edge per day.</param>
/// <param name="Upper">Upper edge per day.</param>
/// <param name="Colour">Palette index; the band is drawn in that colour, translucent.</param>
internal sealed record ChartBand(string Label, ImmutableArray<double?> Lower, ImmutableArray<double?> Upper, int Colour);
