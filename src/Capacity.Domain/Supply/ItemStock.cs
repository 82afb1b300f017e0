using System.Collections.Immutable;
using Orleans;

namespace Capacity.Domain.Supply;

/// <summary>A hospital's stock of one item between days (a struct: a hospital's stock is one array, not an object per item, issue 9).</summary>
/// <param name="OnHand">Units in store.</param>
/// <param name="OnOrder">Units ordered and not yet received.</param>
/// <param name="Carry">Fractional demand not yet rounded into a whole unit (keeps burn rates exact over time).</param>
/// <param name="RecentDemand">Demand of the last days, oldest first.</param>
/// <param name="Short">Whether the last day ended with unmet demand (for stock-out events).</param>
[GenerateSerializer, Immutable, Alias("capacity.ItemStock")]
public readonly record struct ItemStock(long OnHand, long OnOrder, double Carry, ImmutableArray<long> RecentDemand, bool Short);
