namespace Capacity.Results.Statistics;

/// <summary>The spread of one figure over the replicas of an ensemble.</summary>
/// <param name="Count">Replicas with a value (nulls and empty cells are left out).</param>
/// <param name="Mean">Arithmetic mean; null when <paramref name="Count"/> is 0.</param>
/// <param name="P5">5th percentile (type 7); null when <paramref name="Count"/> is 0.</param>
/// <param name="P50">Median (type 7).</param>
/// <param name="P95">95th percentile (type 7).</param>
public sealed record Band(int Count, double? Mean, double? P5, double? P50, double? P95)
{
    /// <summary>The band of the non-null values.</summary>
    public static Band Of(IEnumerable<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var present = values.OfType<double>().ToArray();
        if (present.Length == 0)
        {
            return new Band(0, null, null, null, null);
        }

        Array.Sort(present);
        return new Band(
            present.Length,
            present.Average(),
            Percentile.Type7Sorted(present, 0.05),
            Percentile.Type7Sorted(present, 0.50),
            Percentile.Type7Sorted(present, 0.95));
    }
}
