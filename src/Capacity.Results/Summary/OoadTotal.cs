using Capacity.Domain.Network;

namespace Capacity.Results.Summary;

/// <summary>One OOAD's run totals.</summary>
/// <param name="StockOutDays">Hospital-item-days with shortfall &gt; 0.</param>
internal sealed record OoadTotal(Ooad Ooad, long TurnedAwayWard, long TurnedAwayIcu, long StockOutDays)
{
    public long TurnedAway => TurnedAwayWard + TurnedAwayIcu;
}
