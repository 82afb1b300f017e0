namespace Capacity.Domain.Supply;

/// <summary>How stock moves down the network (<c>supply.policy</c>). Append only.</summary>
public enum SupplyPolicyKind
{
    /// <summary>
    /// Every node pulls: it orders when its position falls below the reorder point, in days of its recent demand,
    /// up to the order-up-to days (<see cref="ReorderRule"/> on the moving forecast).
    /// </summary>
    DaysOfSupply = 0,

    /// <summary>
    /// Hospitals and OOAD/UMAE warehouses pull with fixed minimum and maximum levels (IMSS "máximos y mínimos"): the
    /// reorder rule's days of the node's reference use (all its planned COVID beds full), not of the moving forecast.
    /// The central warehouse keeps ordering on days of supply.
    /// </summary>
    PullMinMax = 1,

    /// <summary>
    /// The central warehouse buys all the suppliers can deliver and pushes what it holds beyond a reserve to the OOAD
    /// and UMAE warehouses in proportion to the COVID beds they serve that day (seed 003 L21698-21704); hospitals
    /// still pull from their warehouse on days of supply.
    /// </summary>
    PushProportional = 2,
}
