namespace Capacity.Results.Reading;

/// <summary>One numeric KPI of a run's manifest: its flattened name (<c>ppeShortfallUnits.n95</c>) and value (null when the manifest has null).</summary>
public sealed record KpiValue(string Name, double? Value);
