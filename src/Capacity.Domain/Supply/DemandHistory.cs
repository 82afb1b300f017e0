using System.Collections.Immutable;

namespace Capacity.Domain.Supply;

/// <summary>The last few days of demand for one item at one node: the reorder forecast.</summary>
public static class DemandHistory
{
    /// <summary>Appends today's demand, keeping at most <paramref name="window"/> days.</summary>
    public static ImmutableArray<long> Push(ImmutableArray<long> history, long demand, int window)
    {
        var kept = history.Length >= window ? history.RemoveAt(0) : history;
        return kept.Add(demand);
    }

    /// <summary>Mean daily demand over the kept days; 0 with no history.</summary>
    public static double Mean(ImmutableArray<long> history) =>
        history.IsEmpty ? 0 : history.Sum() / (double)history.Length;
}
