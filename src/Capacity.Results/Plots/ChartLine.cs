using System.Collections.Immutable;

namespace Capacity.Results.Plots;

/// <summary>One line of a chart: a value per day (null where the table cell is empty; the line has a gap there).</summary>
/// <param name="Label">Legend text.</param>
/// <param name="Values">One value per day of the chart, day 0 first.</param>
/// <param name="Style">Solid, dashed or on the right axis.</param>
/// <param name="Colour">Index into <see cref="ChartRenderer"/>'s palette, so related lines share a colour.</param>
internal sealed record ChartLine(string Label, ImmutableArray<double?> Values, LineStyle Style, int Colour);
