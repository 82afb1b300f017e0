using System.Collections.Immutable;

namespace Capacity.Results;

/// <summary>What a completed run left behind.</summary>
/// <param name="RunDirectory">Absolute path of the published run directory.</param>
/// <param name="Kpis">Headline figures (also in <c>manifest.json</c> and <c>summary.md</c>).</param>
/// <param name="Files">Every file of the run directory, <c>manifest.json</c> included, in ordinal name order.</param>
public sealed record RunOutcome(string RunDirectory, RunKpis Kpis, ImmutableArray<OutputFile> Files);
