using System.Collections.Immutable;
using Capacity.Domain.Network;
using Capacity.Domain.Shocks;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using static Capacity.Domain.Tests.Supply.WarehouseDayTests;

namespace Capacity.Domain.Tests.Supply;

/// <summary>Supply shocks on one warehouse day (the test parameters start on 1 Mar 2020: day 10 is 11 Mar).</summary>
public sealed class WarehouseDayShockTests
{
    private const SupplyItem Mask = SupplyItem.SurgicalMask;
    private static readonly DateOnly Day10 = new(2020, 3, 11);

    [Fact]
    public void A_supplier_embargo_stops_releases_of_its_item_while_it_lasts_and_the_backlog_waits()
    {
        var state = Central(backlog: 9_000);
        var embargo = With(new Shock(ShockKind.SupplierEmbargo, Day10, 2, 0, null, Mask));

        var (during, stepDuring) = WarehouseDay.Run(state, Input(10), embargo);
        var (_, stepAfter) = WarehouseDay.Run(during, Input(12), embargo);

        Assert.DoesNotContain(stepDuring.Shipments, s => s.SenderId == WarehouseDay.SupplierId && s.Item == Mask);
        Assert.Equal(9_000, during.Items[(int)Mask].SupplierBacklog);
        Assert.Contains(stepAfter.Shipments, s => s.SenderId == WarehouseDay.SupplierId && s.Item == Mask && s.Quantity == 5_000);
    }

    [Fact]
    public void A_supplier_delay_multiplies_the_supplier_lead_time_of_releases_while_it_lasts()
    {
        var delay = With(new Shock(ShockKind.SupplierDelay, Day10, 5, 3, null, Mask));

        var (_, step) = WarehouseDay.Run(Central(backlog: 100), Input(10), delay);

        var release = Assert.Single(step.Shipments, s => s.SenderId == WarehouseDay.SupplierId && s.Item == Mask);
        Assert.Equal(10 + (14 * 3), release.DueDay);
    }

    [Fact]
    public void A_warehouse_out_of_service_ships_nothing_and_books_nothing_until_it_reopens()
    {
        var outage = With(new Shock(ShockKind.WarehouseOutage, Day10, 1, 0, null, null, "wh-o01"));
        var state = Open(Regional, onHand: 100);
        var inbound = Ship("central", "wh-o01", 40, 7, 10, 0);

        var (closed, stepClosed) = WarehouseDay.Run(state, Input(10, [Order("h1", 30, 10, 0)], [inbound]), outage);
        var (_, stepOpen) = WarehouseDay.Run(closed, Input(11), outage);

        Assert.Empty(stepClosed.Shipments);
        Assert.Equal((100L, 0L, 40L, 30L), (stepClosed.Report.Stock[(int)Mask].OnHand, stepClosed.Report.Stock[(int)Mask].Received, stepClosed.Report.Stock[(int)Mask].HeldInbound, stepClosed.Report.Stock[(int)Mask].Backordered));
        Assert.Equal((40L, 0L), (stepOpen.Report.Stock[(int)Mask].Received, stepOpen.Report.Stock[(int)Mask].HeldInbound));
        var shipped = Assert.Single(stepOpen.Shipments, s => s.SenderId == "wh-o01");
        Assert.Equal(("h1", 30L, 12), (shipped.RecipientId, shipped.Quantity, shipped.DueDay));
    }

    [Fact]
    public void A_transport_disruption_adds_its_days_to_legs_into_its_ooad_only()
    {
        var disruption = With(new Shock(ShockKind.TransportDisruption, Day10, 3, 4, "o01"));
        var other = new Warehouse("wh-o02", "Almacén o02", WarehouseKind.Ooad, "o02", "central");

        var (_, hit) = WarehouseDay.Run(Open(Regional, onHand: 100), Input(10, [Order("h1", 30, 10, 0)]), disruption);
        var (_, spared) = WarehouseDay.Run(Open(other, onHand: 100), Input(10, [Order("h9", 30, 10, 0, to: "wh-o02")]), disruption);

        Assert.Equal(10 + 1 + 4, hit.Shipments.Single(s => s.SenderId == "wh-o01").DueDay);
        Assert.Equal(10 + 1, spared.Shipments.Single(s => s.SenderId == "wh-o02").DueDay);
    }

    [Fact]
    public void A_transport_disruption_delays_central_shipments_to_the_warehouses_of_its_ooad()
    {
        var disruption = With(new Shock(ShockKind.TransportDisruption, Day10, 3, 2, "o01"));
        var central = Open(WarehouseDayTests.Central, onHand: 100) with
        {
            DownstreamOoads = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("wh-o01", "o01"), KeyValuePair.Create("wh-o02", "o02")]),
        };

        var (_, step) = WarehouseDay.Run(central, Input(10, [Order("wh-o01", 10, 9, 0, due: 10, to: "central"), Order("wh-o02", 10, 9, 1, due: 10, to: "central")]), disruption);

        Assert.Equal([10 + 3 + 2, 10 + 3], step.Shipments.Where(s => s.SenderId == "central").Select(s => s.DueDay));
    }

    private static WarehouseState Central(long backlog)
    {
        var state = Open(WarehouseDayTests.Central, onHand: 1_000_000);
        return state with { Items = state.Items.SetItem((int)Mask, state.Items[(int)Mask] with { SupplierBacklog = backlog, OnOrder = backlog }) };
    }

    private static ModelParameters With(Shock shock) => Parameters() with { Shocks = [shock] };
}
