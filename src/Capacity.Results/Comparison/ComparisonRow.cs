using System.Collections.Immutable;

namespace Capacity.Results.Comparison;

/// <summary>One KPI across runs: each run's value and its delta against the first run (absolute, and relative when the first is non-zero).</summary>
public sealed record ComparisonRow(string Kpi, ImmutableArray<double?> Values, ImmutableArray<double?> Deltas, ImmutableArray<double?> RelativeDeltas);
