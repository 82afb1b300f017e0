namespace Capacity.Scenarios.BuiltIn;

/// <summary>
/// Hamilton's largest-remainder apportionment in exact integer arithmetic: the parts always sum to the total,
/// and ties go to the lower index, so the result never depends on floating point or ordering accidents.
/// </summary>
internal static class LargestRemainder
{
    /// <summary>
    /// Splits <paramref name="total"/> in proportion to <paramref name="weights"/>, giving every part at least
    /// <paramref name="minimum"/>. Parts the proportional split would leave below the minimum are fixed at it and
    /// the rest is re-apportioned among the others.
    /// </summary>
    public static long[] Apportion(long total, IReadOnlyList<long> weights, long minimum = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfNegative(minimum);
        if (weights.Count == 0 || weights.Any(w => w < 0) || weights.All(w => w == 0))
        {
            throw new ArgumentException("weights must be non-negative with a positive sum", nameof(weights));
        }

        if (minimum * weights.Count > total)
        {
            throw new ArgumentException($"{total} cannot give {weights.Count} parts at least {minimum} each", nameof(minimum));
        }

        var parts = new long[weights.Count];
        var free = Enumerable.Range(0, weights.Count).ToList();
        var remaining = total;
        while (true)
        {
            var split = Split(remaining, free.Select(i => weights[i]).ToArray());
            var below = free.Where((_, k) => split[k] < minimum).ToList();
            if (below.Count == 0)
            {
                for (var k = 0; k < free.Count; k++)
                {
                    parts[free[k]] = split[k];
                }

                return parts;
            }

            // Not every free part can be below the minimum: they share at least minimum × count.

            foreach (var i in below)
            {
                parts[i] = minimum;
                remaining -= minimum;
                free.Remove(i);
            }
        }
    }

    private static long[] Split(long total, long[] weights)
    {
        Int128 sum = 0;
        foreach (var w in weights)
        {
            sum += w;
        }

        var parts = new long[weights.Length];
        var remainders = new Int128[weights.Length];
        long given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var product = (Int128)total * weights[i];
            parts[i] = (long)(product / sum);
            remainders[i] = product % sum;
            given += parts[i];
        }

        var order = Enumerable.Range(0, weights.Length)
            .OrderByDescending(i => remainders[i])
            .ThenBy(i => i)
            .Take((int)(total - given));
        foreach (var i in order)
        {
            parts[i]++;
        }

        return parts;
    }
}
