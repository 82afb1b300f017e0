namespace Capacity.Server.Api;

/// <summary>One KPI of two runs side by side, and b − a.</summary>
public sealed record ComparisonRowView(string Name, double? A, double? B, double? Delta);
