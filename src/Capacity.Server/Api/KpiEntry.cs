namespace Capacity.Server.Api;

/// <summary>One KPI of a run's manifest (nested names flattened with dots; null where the manifest has null).</summary>
public sealed record KpiEntry(string Name, double? Value);
