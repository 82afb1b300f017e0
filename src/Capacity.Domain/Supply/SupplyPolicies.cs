namespace Capacity.Domain.Supply;

/// <summary>The reorder policy of each tier under a <see cref="SupplyPolicyKind"/>.</summary>
public static class SupplyPolicies
{
    /// <summary>
    /// Days of supply everywhere, except: min-max at hospitals and OOAD/UMAE warehouses under
    /// <see cref="SupplyPolicyKind.PullMinMax"/>; no orders from OOAD/UMAE warehouses under
    /// <see cref="SupplyPolicyKind.PushProportional"/> (the central warehouse's procurement under push is
    /// <see cref="PushAllocation.SupplierOrder"/>).
    /// </summary>
    public static IReorderPolicy For(SupplyPolicyKind kind, SupplyTier tier) => (kind, tier) switch
    {
        (SupplyPolicyKind.PullMinMax, SupplyTier.Hospital or SupplyTier.Regional) => MinMaxPolicy.Instance,
        (SupplyPolicyKind.PushProportional, SupplyTier.Regional) => NoReorderPolicy.Instance,
        _ => DaysOfSupplyPolicy.Instance,
    };
}
