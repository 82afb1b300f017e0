using Orleans;
using Capacity.Domain.Supply;

namespace Capacity.Domain.Shocks;

/// <summary>A stress-test shock, active on <paramref name="Days"/> days from <paramref name="From"/>.</summary>
/// <param name="Kind">What it does.</param>
/// <param name="From">First day.</param>
/// <param name="Days">How many days it lasts (≥ 1).</param>
/// <param name="Value">Demand surge: the multiplier; staff absence: the extra absent share; oxygen plant outage: the share of
/// capacity lost; supplier delay: the factor on the supplier lead time; transport disruption: the extra lead days;
/// embargo and warehouse outage: unused (0).</param>
/// <param name="Ooad">Demand surge, transport disruption and oxygen plant outage: the OOAD it hits; null = every OOAD.</param>
/// <param name="Item">Supplier delay and embargo: the item; null = every item.</param>
/// <param name="Warehouse">Warehouse outage: the warehouse id.</param>
[GenerateSerializer, Immutable, Alias("capacity.Shock")]
public sealed record Shock(ShockKind Kind, DateOnly From, int Days, double Value, string? Ooad, SupplyItem? Item = null, string? Warehouse = null)
{
    /// <summary>Whether the shock is active on a date.</summary>
    public bool ActiveOn(DateOnly date) => date >= From && date.DayNumber < From.DayNumber + Days;
}
