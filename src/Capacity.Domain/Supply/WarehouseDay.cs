using System.Collections.Immutable;
using Capacity.Domain.Network;
using Capacity.Domain.Random;
using Capacity.Domain.Shocks;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Supply;

/// <summary>
/// The rules of one warehouse day, in order: book inbound shipments that are due (none while the warehouse is out of
/// service: they wait at its door); add due orders to what is owed downstream; ship what the shelf allows (in full, or
/// rationed in proportion to what each node is owed when short; nothing while out of service); under
/// <see cref="SupplyPolicyKind.PushProportional"/> the central warehouse pushes the rest beyond its reserve by the beds
/// each warehouse serves today; reorder upstream with the tier's <see cref="IReorderPolicy"/>; the central warehouse's
/// suppliers release up to their daily capacity from the backlog (none under an embargo; later under a delay).
/// Transport disruptions lengthen the legs into their OOAD (<see cref="Shocks.SupplyShocks"/>).
/// </summary>
public static class WarehouseDay
{
    /// <summary>Sender id of supplier deliveries to the central warehouse.</summary>
    public const string SupplierId = "supplier";

    /// <summary>Runs one day.</summary>
    public static (WarehouseState Next, WarehouseStep Step) Run(WarehouseState state, WarehouseDayInput input, ModelParameters parameters)
    {
        var day = input.Day;
        var id = state.Warehouse.Id;
        var isCentral = state.Warehouse.Kind == WarehouseKind.Central;
        var supply = parameters.Supply;
        var date = parameters.Start.AddDays(day);
        var shocks = parameters.Shocks;

        // A warehouse out of service books nothing: shipments due today wait at its door until it reopens.
        var outage = SupplyShocks.OutOfService(shocks, id, date);
        var (dueShipments, shipmentInbox) = outage
            ? (ImmutableArray<Shipment>.Empty, state.Shipments.With(input.Shipments))
            : state.Shipments.With(input.Shipments).TakeDue(day);
        var (dueOrders, orderInbox) = state.Orders.With(input.Orders).TakeDue(day);

        var items = state.Items.ToArray();
        var received = new long[items.Length];
        foreach (var shipment in dueShipments)
        {
            var i = (int)shipment.Item;
            items[i] = items[i] with { OnHand = items[i].OnHand + shipment.Quantity, OnOrder = Math.Max(0, items[i].OnOrder - shipment.Quantity) };
            received[i] += shipment.Quantity;
        }

        var requested = new long[items.Length];
        var owed = state.Backorders.ToDictionary(b => (b.RequesterId, b.Item), b => b.Quantity);
        foreach (var order in dueOrders)
        {
            requested[(int)order.Item] += order.Quantity;
            owed[(order.SenderId, order.Item)] = owed.GetValueOrDefault((order.SenderId, order.Item)) + order.Quantity;
        }

        var seq = state.NextSeq;
        var leadTime = isCentral ? supply.LeadTimes.CentralToRegional : supply.LeadTimes.RegionalToHospital;
        int LeadTo(string recipient) => shocks.IsDefaultOrEmpty
            ? leadTime
            : leadTime + SupplyShocks.ExtraLeadDays(shocks, isCentral ? state.DownstreamOoads.GetValueOrDefault(recipient) : state.Warehouse.OoadCode, date);
        var push = isCentral && supply.Policy == SupplyPolicyKind.PushProportional;
        var shipments = ImmutableArray.CreateBuilder<Shipment>();
        var shipped = new long[items.Length];
        foreach (var item in SupplyItems.All)
        {
            var i = (int)item;
            var requesters = owed.Where(o => o.Key.Item == item && o.Value > 0)
                .OrderBy(o => o.Key.RequesterId, StringComparer.Ordinal)
                .ToArray();
            var total = requesters.Sum(r => r.Value);
            var parts = outage ? new int[requesters.Length]
                : total <= items[i].OnHand
                ? requesters.Select(r => (int)Math.Min(int.MaxValue, r.Value)).ToArray()
                : Sampling.Apportion(items[i].OnHand, requesters.Select(r => (double)r.Value).ToArray());
            for (var k = 0; k < requesters.Length; k++)
            {
                if (parts[k] <= 0)
                {
                    continue;
                }

                var requester = requesters[k].Key.RequesterId;
                shipments.Add(new Shipment(id, requester, item, parts[k], day, day + LeadTo(requester), seq++));
                owed[(requester, item)] -= parts[k];
                shipped[i] += parts[k];
            }

            if (push && !outage)
            {
                var reserve = PushAllocation.Reserve(state.BedsServed, supply[item], parameters.Care, supply.PushReserveDays);
                var pushed = PushAllocation.Parts(items[i].OnHand - shipped[i], reserve, input.BedsServed);
                for (var k = 0; k < pushed.Length; k++)
                {
                    if (pushed[k] > 0)
                    {
                        var recipient = input.BedsServed[k].WarehouseId;
                        shipments.Add(new Shipment(id, recipient, item, pushed[k], day, day + LeadTo(recipient), seq++));
                        shipped[i] += pushed[k];
                    }
                }
            }

            items[i] = items[i] with
            {
                OnHand = items[i].OnHand - shipped[i],
                RecentRequests = DemandHistory.Push(items[i].RecentRequests, requested[i], supply.ForecastWindowDays),
            };
        }

        var backorders = owed.Where(o => o.Value > 0)
            .OrderBy(o => o.Key.RequesterId, StringComparer.Ordinal)
            .ThenBy(o => o.Key.Item)
            .Select(o => new Backorder(o.Key.RequesterId, o.Key.Item, o.Value))
            .ToImmutableArray();
        var owedByItem = SupplyItems.All.Select(item => backorders.Where(b => b.Item == item).Sum(b => b.Quantity)).ToArray();

        var orders = ImmutableArray.CreateBuilder<ReplenishmentOrder>();
        var rule = isCentral ? supply.CentralReorder : supply.RegionalReorder;
        var reorder = SupplyPolicies.For(supply.Policy, isCentral ? SupplyTier.Central : SupplyTier.Regional);
        foreach (var item in SupplyItems.All)
        {
            var i = (int)item;
            var position = items[i].OnHand + items[i].OnOrder - owedByItem[i];
            var quantity = push
                ? PushAllocation.SupplierOrder(items[i].SupplierBacklog, supply[item].SupplierDailyCapacity)
                : reorder.OrderQuantity(
                    rule, position, DemandHistory.Mean(items[i].RecentRequests), ReferenceUse.PerDay(state.BedsServed, supply[item], parameters.Care));
            if (quantity <= 0)
            {
                continue;
            }

            items[i] = items[i] with { OnOrder = items[i].OnOrder + quantity };
            if (isCentral)
            {
                items[i] = items[i] with { SupplierBacklog = items[i].SupplierBacklog + quantity };
            }
            else
            {
                // Orders travel to the central warehouse overnight: it sees them in tomorrow's supply phase.
                orders.Add(new ReplenishmentOrder(id, state.Warehouse.UpstreamId!, item, quantity, day, day + 1, seq++));
            }
        }

        if (isCentral)
        {
            foreach (var item in supply.Items)
            {
                var i = (int)item.Item;
                var release = Math.Min(items[i].SupplierBacklog, item.SupplierDailyCapacity);
                if (release <= 0 || SupplyShocks.Embargoed(shocks, item.Item, date))
                {
                    continue;
                }

                var supplierLead = SupplyShocks.SupplierLeadDays(shocks, item.Item, date, supply.LeadTimes.SupplierToCentral);
                items[i] = items[i] with { SupplierBacklog = items[i].SupplierBacklog - release };
                shipments.Add(new Shipment(SupplierId, id, item.Item, release, day, day + supplierLead, seq++));
            }
        }

        var outbound = shipments.Where(s => s.SenderId == id).ToArray();
        var inTransit = state.InTransit.Where(s => s.DueDay > day).Concat(outbound).ToImmutableArray();
        var events = ImmutableArray.CreateBuilder<SimEvent>();
        var lines = ImmutableArray.CreateBuilder<WarehouseStock>(items.Length);
        foreach (var item in SupplyItems.All)
        {
            var i = (int)item;
            var isShort = owedByItem[i] > 0 && items[i].OnHand == 0;
            StockKeeping.StockOutEvent(day, id, item, items[i].Short, isShort, owedByItem[i], events);
            items[i] = items[i] with { Short = isShort };
            lines.Add(new WarehouseStock(
                item, items[i].OnHand, items[i].OnOrder, inTransit.Where(s => s.Item == item).Sum(s => s.Quantity),
                received[i], requested[i], shipped[i], owedByItem[i], DemandHistory.Mean(items[i].RecentRequests),
                outage ? shipmentInbox.Pending.Where(s => s.Item == item && s.DueDay <= day).Sum(s => s.Quantity) : 0));
        }

        var next = state with
        {
            Items = [.. items],
            Orders = orderInbox,
            Shipments = shipmentInbox,
            Backorders = backorders,
            InTransit = inTransit,
            NextSeq = seq,
        };
        var report = new WarehouseDayReport(day, id, state.Warehouse.Kind, lines.MoveToImmutable());
        return (next, new WarehouseStep(report, orders.ToImmutable(), shipments.ToImmutable(), events.ToImmutable()));
    }
}
