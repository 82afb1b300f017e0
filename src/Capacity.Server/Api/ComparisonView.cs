namespace Capacity.Server.Api;

/// <summary><c>GET /api/compare</c>: the two run ids and their KPIs side by side.</summary>
public sealed record ComparisonView(string A, string B, IReadOnlyList<ComparisonRowView> Rows);
