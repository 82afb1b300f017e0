namespace Capacity.Results.Statistics;

/// <summary>
/// Sample quantiles by linear interpolation between order statistics (Hyndman and Fan type 7, the default of R
/// and of NumPy): for n sorted values x₁ ≤ … ≤ xₙ and a probability p, h = (n − 1)·p + 1 and
/// Q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋). Pure, so ensemble bands are a function of the replica values only.
/// </summary>
public static class Percentile
{
    /// <summary>Name of the method as written to <c>ensemble.json</c>.</summary>
    public const string Method = "linear interpolation between order statistics (Hyndman-Fan type 7)";

    /// <summary>The type-7 quantile of <paramref name="values"/> (any order) at probability <paramref name="p"/> in [0, 1].</summary>
    /// <exception cref="ArgumentException">No values, a non-finite value, or p outside [0, 1].</exception>
    public static double Type7(IReadOnlyCollection<double> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return Type7Sorted(sorted, p);
    }

    /// <summary>The type-7 quantile of values already sorted ascending.</summary>
    public static double Type7Sorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0)
        {
            throw new ArgumentException("A quantile needs at least one value.", nameof(sorted));
        }

        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentException($"p must lie in [0, 1], got {p}.", nameof(p));
        }

        foreach (var value in sorted)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException("Quantiles need finite values.", nameof(sorted));
            }
        }

        var h = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((h - lower) * (sorted[upper] - sorted[lower]));
    }
}
