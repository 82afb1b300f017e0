namespace Capacity.Results.Plots;

/// <summary>How a chart line is drawn: solid for what happened, dashed for capacity, on the left or the right axis.</summary>
internal enum LineStyle
{
    /// <summary>Solid, left axis.</summary>
    Solid,

    /// <summary>Dashed, left axis (capacities).</summary>
    Dashed,

    /// <summary>Solid, right axis (a second unit, e.g. days of supply).</summary>
    RightAxis,
}
