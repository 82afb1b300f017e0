using Orleans;

namespace Capacity.Domain.Supply;

/// <summary>One item at one hospital at the end of a day.</summary>
/// <param name="Item">The item.</param>
/// <param name="OnHand">Units in the hospital's store.</param>
/// <param name="OnOrder">Units ordered and not yet received (in transit or owed by the warehouse).</param>
/// <param name="Received">Units booked in today.</param>
/// <param name="Demand">Units the patients needed today.</param>
/// <param name="Consumed">Units used today (demand met from stock).</param>
/// <param name="Shortfall">Demand not met today: staff worked without the item.</param>
/// <param name="MeanDemand">Mean daily demand over the forecast window: the reorder forecast.</param>
[GenerateSerializer, Immutable, Alias("capacity.HospitalStock")]
public readonly record struct HospitalStock(
    SupplyItem Item,
    long OnHand,
    long OnOrder,
    long Received,
    long Demand,
    long Consumed,
    long Shortfall,
    double MeanDemand)
{
    /// <summary>On hand ÷ mean daily demand; null while there is no demand.</summary>
    public double? DaysOfSupply => MeanDemand > 0 ? OnHand / MeanDemand : null;

    /// <summary>True when some of today's demand went unmet.</summary>
    public bool StockOut => Shortfall > 0;
}
