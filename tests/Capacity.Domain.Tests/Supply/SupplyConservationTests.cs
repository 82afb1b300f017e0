using Capacity.Domain.Tests.Support;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Supply;

/// <summary>Every policy and supply shock moves stock without creating or losing a unit, at every node and across the network.</summary>
public sealed class SupplyConservationTests
{
    [Property(Arbitrary = new[] { typeof(SupplyCases) }, MaxTest = 40)]
    public void Every_item_is_conserved_at_every_node_under_any_policy_and_supply_shocks(SupplyCase supplyCase)
    {
        Assert.Empty(StockLedger.NodeViolations(supplyCase.Scenario()));
    }

    [Property(Arbitrary = new[] { typeof(SupplyCases) }, MaxTest = 40)]
    public void Network_stock_plus_transit_held_and_used_equals_opening_stock_plus_supplier_deliveries_under_any_policy_and_supply_shocks(SupplyCase supplyCase)
    {
        Assert.Empty(StockLedger.NetworkViolations(supplyCase.Scenario()));
    }
}
