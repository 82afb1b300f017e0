using System.Collections.Immutable;

namespace Capacity.Results.Ensembles;

/// <summary>
/// Seeds of an ensemble's replicas: replica i (from 0) runs with <c>base + i</c>. Replica 0 is therefore the plain
/// run of the base seed (<c>capacity run --seed base</c>), and the model's counter-based RNG hashes the seed through
/// SplitMix64, so neighbouring seeds give unrelated draws.
/// </summary>
public static class ReplicaSeeds
{
    /// <summary>The rule as written to <c>ensemble.json</c>.</summary>
    public const string Rule = "base + i";

    /// <exception cref="ArgumentOutOfRangeException">Fewer than one replica, or a seed would overflow.</exception>
    public static ImmutableArray<long> For(long baseSeed, int replicas)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicas, 1);
        if (baseSeed > long.MaxValue - (replicas - 1))
        {
            throw new ArgumentOutOfRangeException(nameof(baseSeed), $"base seed {baseSeed} + {replicas - 1} overflows.");
        }

        return [.. Enumerable.Range(0, replicas).Select(i => baseSeed + i)];
    }

    /// <summary>Sub-directory of replica i: <c>replica-000</c>, three digits or more.</summary>
    public static string DirectoryName(int index) => "replica-" + index.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
}
