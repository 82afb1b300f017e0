using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Capacity.Domain.Simulation;

/// <summary>
/// Sorting for a day's results: the order of a stable sort (LINQ's <c>OrderBy</c>/<c>ThenBy</c>) at a fraction of its
/// cost. Runs every day on every report, event and shipment, which arrive as a few sorted runs (hospitals OOAD by OOAD,
/// shipments warehouse by warehouse): a natural merge sort finds those runs and merges them pairwise, taking the left
/// item on ties, so equal items keep their given order. A list already in order costs one pass and no copy.
/// </summary>
internal static class StableOrder
{
    /// <summary>The items in <paramref name="compare"/> order, equal items in their given order.</summary>
    public static ImmutableArray<T> Sort<T>(IEnumerable<T> items, Comparison<T> compare)
    {
        var array = items.ToArray();
        var starts = RunStarts(array, compare);
        if (starts.Count <= 2)
        {
            return ImmutableCollectionsMarshal.AsImmutableArray(array);
        }

        var source = array;
        var target = new T[array.Length];
        while (starts.Count > 2)
        {
            var merged = new List<int>(starts.Count / 2 + 2);
            var r = 0;
            for (; r + 2 < starts.Count; r += 2)
            {
                Merge(source, starts[r], starts[r + 1], starts[r + 2], target, compare);
                merged.Add(starts[r]);
            }

            if (r + 1 < starts.Count)
            {
                // An odd run out: carried over as it is.
                Array.Copy(source, starts[r], target, starts[r], array.Length - starts[r]);
                merged.Add(starts[r]);
            }

            merged.Add(array.Length);
            (source, target) = (target, source);
            starts = merged;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(source);
    }

    // Where each maximal non-decreasing run starts, then the length (so run k is [starts[k], starts[k + 1])).
    private static List<int> RunStarts<T>(T[] array, Comparison<T> compare)
    {
        var starts = new List<int> { 0 };
        for (var i = 1; i < array.Length; i++)
        {
            if (compare(array[i - 1], array[i]) > 0)
            {
                starts.Add(i);
            }
        }

        starts.Add(array.Length);
        return starts;
    }

    // Merges the sorted runs [lo, mid) and [mid, hi) of source into the same places of target; ties take the left run.
    private static void Merge<T>(T[] source, int lo, int mid, int hi, T[] target, Comparison<T> compare)
    {
        var (i, j, k) = (lo, mid, lo);
        while (i < mid && j < hi)
        {
            target[k++] = compare(source[j], source[i]) < 0 ? source[j++] : source[i++];
        }

        Array.Copy(source, i, target, k, mid - i);
        Array.Copy(source, j, target, k + (mid - i), hi - j);
    }
}
