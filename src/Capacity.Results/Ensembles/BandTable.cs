namespace Capacity.Results.Ensembles;

/// <summary>The national bands of an ensemble: one row per day, three columns (P5, P50, P95) per numeric series.</summary>
/// <param name="DayColumn">Name of the day column (<c>day</c>).</param>
/// <param name="DateColumn">Name of the date column (<c>date</c>).</param>
/// <param name="Columns">Band column names, <c>&lt;series&gt;_p5</c>, <c>_p50</c>, <c>_p95</c> per series.</param>
/// <param name="Rows">One per day, in day order.</param>
internal sealed record BandTable(string DayColumn, string DateColumn, IReadOnlyList<string> Columns, IReadOnlyList<BandRow> Rows);
