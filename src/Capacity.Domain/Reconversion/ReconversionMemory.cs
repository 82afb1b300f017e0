using System.Collections.Immutable;
using Orleans;

namespace Capacity.Domain.Reconversion;

/// <summary>What an OOAD's policy remembers between days.</summary>
/// <param name="Planned">Per hospital id: beds, phase and role after the orders already sent.</param>
/// <param name="DaysAbove">Consecutive days the OOAD's occupancy was above the policy's upper threshold.</param>
/// <param name="DaysBelow">Consecutive days below the lower threshold.</param>
/// <param name="Reverted">Schedule policy: the OOAD's plan is currently reverted.</param>
/// <param name="Blocks">Occupancy trigger: converted blocks, oldest first (reverted last in, first out).</param>
[GenerateSerializer, Immutable, Alias("capacity.ReconversionMemory")]
public sealed record ReconversionMemory(
    ImmutableSortedDictionary<string, PlannedBeds> Planned,
    int DaysAbove,
    int DaysBelow,
    bool Reverted,
    ImmutableArray<ConvertedBlock> Blocks)
{
    /// <summary>Nothing planned yet.</summary>
    public static ReconversionMemory Empty { get; } = new(
        ImmutableSortedDictionary<string, PlannedBeds>.Empty.WithComparers(StringComparer.Ordinal), 0, 0, false, []);
}
