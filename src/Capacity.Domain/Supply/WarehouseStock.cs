using Orleans;

namespace Capacity.Domain.Supply;

/// <summary>One item at one warehouse at the end of a day.</summary>
/// <param name="Item">The item.</param>
/// <param name="OnHand">Units in store.</param>
/// <param name="OnOrder">Units ordered upstream and not yet received (for the central warehouse: supplier backlog and transit).</param>
/// <param name="InTransitOut">Units shipped downstream that have not arrived yet.</param>
/// <param name="Received">Units booked in today.</param>
/// <param name="Requested">Units ordered by downstream nodes today.</param>
/// <param name="Shipped">Units shipped today.</param>
/// <param name="Backordered">Units owed to downstream nodes at the end of the day.</param>
/// <param name="MeanDemand">Mean daily requests over the forecast window: the reorder forecast.</param>
/// <param name="HeldInbound">Units due to arrive by today that wait at the door of a warehouse out of service
/// (<see cref="Shocks.ShockKind.WarehouseOutage"/>); booked when it reopens.</param>
[GenerateSerializer, Immutable, Alias("capacity.WarehouseStock")]
public readonly record struct WarehouseStock(
    SupplyItem Item,
    long OnHand,
    long OnOrder,
    long InTransitOut,
    long Received,
    long Requested,
    long Shipped,
    long Backordered,
    double MeanDemand,
    long HeldInbound = 0)
{
    /// <summary>On hand ÷ mean daily requests; null while there are no requests.</summary>
    public double? DaysOfSupply => MeanDemand > 0 ? OnHand / MeanDemand : null;

    /// <summary>True when downstream orders are waiting and the shelf is empty.</summary>
    public bool StockOut => Backordered > 0 && OnHand == 0;
}
