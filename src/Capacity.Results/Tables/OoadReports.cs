using System.Collections.Frozen;
using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;

namespace Capacity.Results.Tables;

/// <summary>
/// One day's hospital reports grouped by OOAD: the network's OOADs in order, each with its reports in the day's order
/// (as <c>ToLookup</c> grouped them). The staff figures and the OOAD rows both read the grouping, and its lists are
/// refilled every day rather than allocated again (a lookup per day cost a few MB per national year).
/// </summary>
internal sealed class OoadReports
{
    private readonly FrozenDictionary<string, int> _index;
    private readonly List<HospitalDayReport>[] _reports;

    public OoadReports(ImmutableArray<Ooad> ooads)
    {
        _index = ooads.Select((o, i) => (o.Code, i)).ToFrozenDictionary(o => o.Code, o => o.i, StringComparer.Ordinal);
        _reports = [.. ooads.Select(_ => new List<HospitalDayReport>())];
    }

    /// <summary>Replaces the grouping with a new day's reports (reports of an OOAD outside the network are left out).</summary>
    public void Fill(ImmutableArray<HospitalDayReport> reports)
    {
        foreach (var list in _reports)
        {
            list.Clear();
        }

        foreach (var report in reports)
        {
            if (_index.TryGetValue(report.OoadCode, out var i))
            {
                _reports[i].Add(report);
            }
        }
    }

    /// <summary>The reports of the network's <paramref name="ooad"/>-th OOAD.</summary>
    public IReadOnlyList<HospitalDayReport> this[int ooad] => _reports[ooad];

    /// <summary>The reports of an OOAD; none for a code outside the network.</summary>
    public IReadOnlyList<HospitalDayReport> Of(string ooadCode) => _index.TryGetValue(ooadCode, out var i) ? _reports[i] : [];
}
