using System.Collections.Immutable;

namespace Capacity.Results.Ensembles;

/// <summary>What an ensemble left: its directory, the replica seeds and each replica's outcome (in replica order).</summary>
public sealed record EnsembleOutcome(string Directory, ImmutableArray<long> Seeds, ImmutableArray<RunOutcome> Replicas);
