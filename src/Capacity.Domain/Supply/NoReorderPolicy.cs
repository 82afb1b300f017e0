namespace Capacity.Domain.Supply;

/// <summary>Never orders: an OOAD or UMAE warehouse under <see cref="SupplyPolicyKind.PushProportional"/> waits for pushes.</summary>
public sealed class NoReorderPolicy : IReorderPolicy
{
    /// <summary>The one instance.</summary>
    public static NoReorderPolicy Instance { get; } = new();

    /// <inheritdoc />
    public long OrderQuantity(ReorderRule rule, long position, double forecastPerDay, double referencePerDay) => 0;
}
