using System.Collections.Immutable;
using Capacity.Results.Reading;

namespace Capacity.Results.Comparison;

/// <summary>
/// KPIs of several run directories side by side, deltas against the first run. The seam for charts: plot code
/// consumes <see cref="Runs"/> and <see cref="Rows"/> without reading files.
/// </summary>
public sealed record ComparisonTable(ImmutableArray<string> Runs, ImmutableArray<ComparisonRow> Rows)
{
    /// <summary>Reads each run's manifest KPIs; throws <see cref="Validation.RunDirectoryException"/> for a missing or invalid run.</summary>
    public static async Task<ComparisonTable> LoadAsync(IReadOnlyList<string> runDirectories, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runDirectories);
        var kpis = new List<ImmutableArray<KpiValue>>();
        foreach (var directory in runDirectories)
        {
            kpis.Add(await ManifestKpis.ReadAsync(directory, cancellationToken));
        }

        return Build([.. runDirectories.Select(d => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(d))))], kpis);
    }

    /// <summary>Pure: KPIs present in the first run, in its order; a KPI missing from another run is null there.</summary>
    public static ComparisonTable Build(ImmutableArray<string> runs, IReadOnlyList<ImmutableArray<KpiValue>> kpis)
    {
        ArgumentNullException.ThrowIfNull(kpis);
        var lookups = kpis.Select(k => k.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal)).ToArray();
        var rows = kpis[0].Select(k =>
        {
            var values = lookups.Select(l => l.GetValueOrDefault(k.Name)).ToImmutableArray();
            var first = values[0];
            var deltas = values.Select(v => v is { } x && first is { } f ? x - f : (double?)null).ToImmutableArray();
            var relative = values.Select(v => v is { } x && first is { } f && f != 0 ? (x - f) / Math.Abs(f) : (double?)null).ToImmutableArray();
            return new ComparisonRow(k.Name, values, deltas, relative);
        });
        return new ComparisonTable(runs, [.. rows]);
    }
}
