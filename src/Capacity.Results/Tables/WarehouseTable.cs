using Capacity.Domain.Network;
using Capacity.Domain.Supply;

namespace Capacity.Results.Tables;

/// <summary><c>daily_warehouse</c>: one row per day per warehouse.</summary>
internal static class WarehouseTable
{
    public static TableLayout Layout { get; } = new(
        OutputFileNames.DailyWarehouse,
        [
            TableLayout.Int("day"),
            TableLayout.Date("date"),
            TableLayout.Text("warehouse_id"),
            TableLayout.Text("kind"),
            TableLayout.Text("ooad", optional: true),
            .. SupplyItems.All.SelectMany(ItemColumns),
            .. SupplyItems.All.Select(item => TableLayout.Int("stock_out_" + SupplyItems.Code(item))),
            .. SupplyItems.All.Select(item => TableLayout.Long("held_inbound_" + SupplyItems.Code(item))),
            TableLayout.Quantity("procurement_cost_mxn"),
        ]);

    /// <param name="ooadCode">The warehouse's OOAD from the network; null for the central warehouse.</param>
    /// <param name="supply">The supply settings, for the unit prices of the central warehouse's procurement cost.</param>
    public static void Write(IRowSink row, DateOnly date, WarehouseDayReport warehouse, string? ooadCode, SupplySettings supply)
    {
        row.Int(warehouse.Day);
        row.Date(date);
        row.Text(warehouse.WarehouseId);
        row.Text(KindCode(warehouse.Kind));
        row.Text(ooadCode);
        foreach (var line in warehouse.Stock)
        {
            row.Long(line.OnHand);
            row.Long(line.OnOrder);
            row.Long(line.InTransitOut);
            row.Long(line.Received);
            row.Long(line.Requested);
            row.Long(line.Shipped);
            row.Long(line.Backordered);
            row.Ratio(line.DaysOfSupply);
        }

        foreach (var line in warehouse.Stock)
        {
            row.Int(line.StockOut ? 1 : 0);
        }

        foreach (var line in warehouse.Stock)
        {
            row.Long(line.HeldInbound);
        }

        row.Quantity(ProcurementCost(warehouse, supply));
        row.EndRow();
    }

    /// <summary>Central warehouse: units delivered by suppliers today × unit price, summed over items (MXN); 0 elsewhere.</summary>
    public static double ProcurementCost(WarehouseDayReport warehouse, SupplySettings supply)
    {
        if (warehouse.Kind != WarehouseKind.Central)
        {
            return 0;
        }

        var cost = 0.0;
        foreach (var line in warehouse.Stock)
        {
            cost += line.Received * supply[line.Item].UnitPrice;
        }

        return cost;
    }

    /// <summary><c>central</c>, <c>ooad</c>, <c>umae</c>.</summary>
    public static string KindCode(WarehouseKind kind) => TextFormat.Code(kind);

    private static IEnumerable<Column> ItemColumns(SupplyItem item)
    {
        var code = SupplyItems.Code(item);
        return
        [
            TableLayout.Long("on_hand_" + code),
            TableLayout.Long("on_order_" + code),
            TableLayout.Long("in_transit_out_" + code),
            TableLayout.Long("received_" + code),
            TableLayout.Long("requested_" + code),
            TableLayout.Long("shipped_" + code),
            TableLayout.Long("backordered_" + code),
            TableLayout.Ratio("days_of_supply_" + code),
        ];
    }
}
