using System.Collections.Immutable;
using Capacity.Domain.Simulation;

namespace Capacity.Results.Summary;

/// <summary>Event counts by kind and the first events of the run, for the summary.</summary>
internal sealed class EventTimeline
{
    /// <summary>Events listed in full in the summary; the rest are in events.csv.</summary>
    public const int Shown = 30;

    // Sorted by kind so the table order never depends on which kind happened first.
    private readonly SortedDictionary<EventKind, long> _counts = new(Enum.GetValues<EventKind>().ToDictionary(k => k, _ => 0L));
    private readonly List<(DateOnly Date, SimEvent Event)> _first = new(Shown);

    public long Total { get; private set; }

    public IReadOnlyCollection<KeyValuePair<EventKind, long>> Counts => _counts;

    public IReadOnlyList<(DateOnly Date, SimEvent Event)> First => _first;

    public void Observe(DateOnly date, ImmutableArray<SimEvent> events)
    {
        foreach (var e in events)
        {
            _counts[e.Kind] = _counts.GetValueOrDefault(e.Kind) + 1;
            Total++;
            if (_first.Count < Shown)
            {
                _first.Add((date, e));
            }
        }
    }
}
