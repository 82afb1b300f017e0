using System.Collections.Immutable;

namespace Capacity.Results.Plots;

/// <summary>
/// What one chart shows, as plain data (no ScottPlot types): built from a run's tables by <see cref="RunCharts"/>,
/// <see cref="EnsembleCharts"/> or <see cref="ComparisonCharts"/> and drawn by <see cref="ChartRenderer"/>.
/// </summary>
/// <param name="FileStem">File name without extension, relative to the plot directory (may hold a <c>/</c>).</param>
/// <param name="Title">Title; names the scenario.</param>
/// <param name="YLabel">Left axis label with its unit.</param>
/// <param name="RightYLabel">Right axis label with its unit, for <see cref="LineStyle.RightAxis"/> lines; null when none.</param>
/// <param name="Start">Date of day 0 (the x axis is dated).</param>
/// <param name="Days">Days on the x axis.</param>
/// <param name="Lines">Lines, drawn in order over the bands.</param>
/// <param name="Bands">Shaded bands, drawn first.</param>
/// <param name="RightYCap">Upper limit of the right axis when the data go higher (days of supply run to thousands of
/// days while demand is near zero); the label then says so. Null: the axis fits the data.</param>
internal sealed record Chart(
    string FileStem,
    string Title,
    string YLabel,
    string? RightYLabel,
    DateOnly Start,
    int Days,
    ImmutableArray<ChartLine> Lines,
    ImmutableArray<ChartBand> Bands,
    double? RightYCap = null);
