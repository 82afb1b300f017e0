using System.Globalization;
using Capacity.Server.Results;

namespace Capacity.Server.Tests.Results;

/// <summary>The shipment list of a day: consignments from <c>shipments.csv</c> that add up to the warehouses' shipped totals.</summary>
[Collection(NationalRunCollection.Name)]
public sealed class ShipmentListTests(NationalRun national)
{
    [Fact]
    public void Consignments_add_up_to_each_warehouses_shipped_units_every_day()
    {
        var warehouses = DailyCsv.Open(Path.Combine(national.Directory, "daily_warehouse.csv"))!;
        var items = warehouses.Columns.Where(c => c.StartsWith("shipped_", StringComparison.Ordinal)).ToArray();
        var consignments = 0;
        for (var day = 0; day < NationalRun.Days; day += 7)
        {
            var list = StockBoard.Shipments(national.Directory, day);
            consignments += list.Shipped.Count;
            var byWarehouse = list.Shipped.GroupBy(s => (s.WarehouseId, s.Item)).ToDictionary(g => g.Key, g => g.Sum(s => s.Quantity));
            foreach (var row in warehouses.Day(day))
            {
                foreach (var column in items)
                {
                    var key = (row[warehouses.Index["warehouse_id"]], column["shipped_".Length..]);
                    Assert.Equal(double.Parse(row[warehouses.Index[column]], CultureInfo.InvariantCulture), byWarehouse.GetValueOrDefault(key));
                }
            }
        }

        Assert.True(consignments > 0, "a national replay ships something in 100 days");
    }

    [Fact]
    public void Every_consignment_leaves_on_the_day_asked_and_is_due_later_at_a_known_node()
    {
        var list = StockBoard.Shipments(national.Directory, 60);

        Assert.NotEmpty(list.Shipped);
        Assert.All(list.Shipped, s =>
        {
            Assert.NotNull(s.To);
            Assert.True(s.DueDay > 60, $"{s.WarehouseId} → {s.To} due {s.DueDay}");
            Assert.True(s.Quantity > 0);
        });
        // Only the central warehouse (supplied by procurement, sender "supplier") lies in no OOAD.
        Assert.All(list.Shipped.Where(s => s.To != "central"), s => Assert.NotEqual("", s.ToOoad));
    }
}
