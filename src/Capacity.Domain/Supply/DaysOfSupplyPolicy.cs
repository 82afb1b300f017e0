namespace Capacity.Domain.Supply;

/// <summary>The reorder rule on the moving forecast (<see cref="SupplyPolicyKind.DaysOfSupply"/>).</summary>
public sealed class DaysOfSupplyPolicy : IReorderPolicy
{
    /// <summary>The one instance.</summary>
    public static DaysOfSupplyPolicy Instance { get; } = new();

    /// <inheritdoc />
    public long OrderQuantity(ReorderRule rule, long position, double forecastPerDay, double referencePerDay) =>
        rule.OrderQuantity(position, forecastPerDay);
}
