using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Capacity.Domain.Supply;

/// <summary>The last few days of demand for one item at one node: the reorder forecast.</summary>
public static class DemandHistory
{
    /// <summary>Appends today's demand, keeping at most <paramref name="window"/> days.</summary>
    public static ImmutableArray<long> Push(ImmutableArray<long> history, long demand, int window)
    {
        // This runs for every item of every node every day. A full window of the same demand (an idle hospital's zeros)
        // stays as it is; otherwise one new array (RemoveAt then Add made two).
        if (history.Length == window && AllEqual(history, demand))
        {
            return history;
        }

        var drop = history.Length >= window ? history.Length - window + 1 : 0;
        var kept = history.AsSpan()[drop..];
        var next = new long[kept.Length + 1];
        kept.CopyTo(next);
        next[^1] = demand;
        return ImmutableCollectionsMarshal.AsImmutableArray(next);
    }

    /// <summary>Mean daily demand over the kept days; 0 with no history.</summary>
    public static double Mean(ImmutableArray<long> history)
    {
        // A plain loop: Enumerable.Sum over an ImmutableArray boxes its enumerator.
        if (history.IsEmpty)
        {
            return 0;
        }

        long sum = 0;
        foreach (var d in history)
        {
            sum += d;
        }

        return sum / (double)history.Length;
    }

    private static bool AllEqual(ImmutableArray<long> history, long demand)
    {
        foreach (var d in history)
        {
            if (d != demand)
            {
                return false;
            }
        }

        return true;
    }
}
