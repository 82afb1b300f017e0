using System.Collections.Immutable;
using Capacity.Domain.Network;
using Capacity.Domain.Simulation;

namespace Capacity.Results.Summary;

/// <summary>Per-OOAD run totals for the summary's top-10 tables.</summary>
internal sealed class OoadRanking
{
    private readonly ImmutableArray<Ooad> _ooads;
    private readonly long[] _turnedAwayWard;
    private readonly long[] _turnedAwayIcu;
    private readonly long[] _stockOutDays;

    public OoadRanking(ImmutableArray<Ooad> ooads)
    {
        _ooads = ooads;
        _turnedAwayWard = new long[ooads.Length];
        _turnedAwayIcu = new long[ooads.Length];
        _stockOutDays = new long[ooads.Length];
    }

    /// <param name="byOoad">The day's OOAD rows, in the network's OOAD order (<see cref="DayAggregates.ByOoad"/>).</param>
    public void Observe(ImmutableArray<RegionDayReport> byOoad)
    {
        for (var i = 0; i < byOoad.Length; i++)
        {
            var region = byOoad[i];
            _turnedAwayWard[i] += region.TurnedAway.Ward;
            _turnedAwayIcu[i] += region.TurnedAway.Icu;
            foreach (var line in region.Stock)
            {
                _stockOutDays[i] += line.HospitalsStockedOut;
            }
        }
    }

    /// <summary>OOADs with turned-away patients, most first, ties by code.</summary>
    public ImmutableArray<OoadTotal> TopByTurnedAway(int count) =>
        Top(count, i => _turnedAwayWard[i] + _turnedAwayIcu[i]);

    /// <summary>OOADs with hospital stock-out days, most first, ties by code.</summary>
    public ImmutableArray<OoadTotal> TopByStockOutDays(int count) => Top(count, i => _stockOutDays[i]);

    private ImmutableArray<OoadTotal> Top(int count, Func<int, long> value) =>
        Enumerable.Range(0, _ooads.Length)
            .Where(i => value(i) > 0)
            .OrderByDescending(value)
            .ThenBy(i => _ooads[i].Code, StringComparer.Ordinal)
            .Take(count)
            .Select(i => new OoadTotal(_ooads[i], _turnedAwayWard[i], _turnedAwayIcu[i], _stockOutDays[i]))
            .ToImmutableArray();
}
