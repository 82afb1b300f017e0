using System.Collections.Immutable;

namespace Capacity.Domain.Care;

/// <summary>
/// Matches the day's reports of an OOAD's hospitals to the OOAD's own per-hospital lists (kept in hospital id order).
/// Both engines hand the reports over in that same order, so report i is entry i and nothing is looked up (a
/// dictionary per OOAD and step was ~4% of a national year's allocation, issue 9); any other order is matched by id.
/// </summary>
internal static class ReportOrder
{
    /// <summary>The reports as a list, copied only when they are not one already.</summary>
    public static IReadOnlyList<HospitalDayReport> AsList(IEnumerable<HospitalDayReport> reports) =>
        reports as IReadOnlyList<HospitalDayReport> ?? [.. reports];

    /// <summary>For each report, the position of its hospital among <paramref name="entries"/>; -1 for a hospital they do not list.</summary>
    /// <exception cref="ArgumentException">A hospital is reported twice.</exception>
    public static int[] Positions<T>(IReadOnlyList<HospitalDayReport> reports, ImmutableArray<T> entries, Func<T, string> idOf)
    {
        var positions = new int[reports.Count];
        var aligned = reports.Count == entries.Length;
        for (var i = 0; i < positions.Length && aligned; i++)
        {
            aligned = string.Equals(reports[i].HospitalId, idOf(entries[i]), StringComparison.Ordinal);
            positions[i] = i;
        }

        if (aligned)
        {
            return positions;
        }

        var index = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            index[idOf(entries[i])] = i;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < positions.Length; k++)
        {
            var id = reports[k].HospitalId;
            if (!reported.Add(id))
            {
                throw new ArgumentException($"Hospital '{id}' is reported twice.", nameof(reports));
            }

            positions[k] = index.GetValueOrDefault(id, -1);
        }

        return positions;
    }
}
