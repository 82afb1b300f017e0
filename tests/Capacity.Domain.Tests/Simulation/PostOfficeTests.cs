using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;

namespace Capacity.Domain.Tests.Simulation;

public sealed class PostOfficeTests
{
    private static readonly Shipment ToHospital = new("wh-o01", "h1", SupplyItem.Gown, 5, 0, 1, 0);
    private static readonly Shipment ToWarehouse = new("central", "wh-o01", SupplyItem.Gown, 50, 0, 3, 0);
    private static readonly ReplenishmentOrder Order = new("h1", "wh-o01", SupplyItem.Gown, 7, 0, 0, 0);

    [Fact]
    public void Shipments_go_to_warehouses_or_hospitals_by_recipient_and_orders_to_warehouses()
    {
        var post = new PostOffice(["central", "wh-o01"]);
        post.Post([ToHospital, ToWarehouse]);
        post.Post([Order]);

        var hospital = post.CollectForHospital("h1");
        var warehouse = post.CollectForWarehouse("wh-o01", 4);

        Assert.Equal([ToHospital], hospital);
        Assert.Equal(4, warehouse.Day);
        Assert.Equal([Order], warehouse.Orders);
        Assert.Equal([ToWarehouse], warehouse.Shipments);
    }

    [Fact]
    public void Each_piece_of_mail_is_handed_over_once()
    {
        var post = new PostOffice(["central", "wh-o01"]);
        post.Post([ToHospital, ToWarehouse]);
        post.Post([Order]);
        post.CollectForHospital("h1");
        post.CollectForWarehouse("wh-o01", 0);

        var hospitalAgain = post.CollectForHospital("h1");
        var warehouseAgain = post.CollectForWarehouse("wh-o01", 1);

        Assert.Empty(hospitalAgain);
        Assert.Empty(warehouseAgain.Orders);
        Assert.Empty(warehouseAgain.Shipments);
    }

    [Fact]
    public void Mail_keeps_its_posting_order_and_other_recipients_keep_theirs()
    {
        var post = new PostOffice(["central", "wh-o01"]);
        var second = ToHospital with { Seq = 1 };
        var other = ToHospital with { RecipientId = "h2" };
        post.Post([ToHospital, other]);
        post.Post([second]);

        var first = post.CollectForHospital("h1");

        Assert.Equal([ToHospital, second], first);
        Assert.Equal([other], post.CollectForHospital("h2"));
    }
}
