namespace Capacity.Domain.Supply;

/// <summary>
/// Fixed levels (<see cref="SupplyPolicyKind.PullMinMax"/>): minimum s = reorder-point days and maximum S = order-up-to
/// days of the node's reference use; when the position is at or below s, order up to S. The levels do not follow the
/// recent demand, as IMSS sets "máximos y mínimos" from a planned consumption (the CPM, seed 003 L21086-21091).
/// </summary>
public sealed class MinMaxPolicy : IReorderPolicy
{
    /// <summary>The one instance.</summary>
    public static MinMaxPolicy Instance { get; } = new();

    /// <inheritdoc />
    public long OrderQuantity(ReorderRule rule, long position, double forecastPerDay, double referencePerDay)
    {
        if (referencePerDay <= 0 || position > rule.ReorderPointDays * referencePerDay)
        {
            return 0;
        }

        return Math.Max(0, (long)Math.Ceiling(rule.OrderUpToDays * referencePerDay - position));
    }
}
