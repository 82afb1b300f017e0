namespace Capacity.Domain.Supply;

/// <summary>When and how much a node orders from upstream (<see cref="SupplyPolicies.For"/>).</summary>
public interface IReorderPolicy
{
    /// <summary>Units to order now.</summary>
    /// <param name="rule">The node's reorder rule (days).</param>
    /// <param name="position">On hand + on order − owed downstream.</param>
    /// <param name="forecastPerDay">Mean daily demand (or requests) over the forecast window.</param>
    /// <param name="referencePerDay">Daily use of the node's reference COVID beds, all full (<see cref="ReferenceUse"/>).</param>
    long OrderQuantity(ReorderRule rule, long position, double forecastPerDay, double referencePerDay);
}
