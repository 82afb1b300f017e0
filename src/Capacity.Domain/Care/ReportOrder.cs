using System.Collections.Immutable;

namespace Capacity.Domain.Care;

/// <summary>
/// The OOAD-level steps read the day's reports of the OOAD's hospitals, which both engines hand over in hospital id
/// order, the order the OOAD keeps its own per-hospital lists in. When that holds, report i is entry i's and no lookup
/// by id is needed (a dictionary per OOAD and step was ~4% of a national year's allocation, issue 9); any other order
/// still works through the lookup.
/// </summary>
internal static class ReportOrder
{
    /// <summary>The reports as a list, copied only when they are not one already.</summary>
    public static IReadOnlyList<HospitalDayReport> AsList(IEnumerable<HospitalDayReport> reports) =>
        reports as IReadOnlyList<HospitalDayReport> ?? [.. reports];

    /// <summary>Whether report i is about entry i, for every i.</summary>
    public static bool IsAligned<T>(IReadOnlyList<HospitalDayReport> reports, ImmutableArray<T> entries, Func<T, string> idOf)
    {
        if (reports.Count != entries.Length)
        {
            return false;
        }

        for (var i = 0; i < entries.Length; i++)
        {
            if (!string.Equals(reports[i].HospitalId, idOf(entries[i]), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
