using System.Collections.Immutable;
using System.Runtime.InteropServices;
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

        // Working copies on the stack, one slot per item; the WarehouseItems are rebuilt once at the end (this runs for every
        // warehouse every day, and 'with' on each change made several copies of each).
        var n = state.Items.Length;
        Span<long> onHand = stackalloc long[n];
        Span<long> onOrder = stackalloc long[n];
        Span<long> backlog = stackalloc long[n];
        for (var i = 0; i < n; i++)
        {
            onHand[i] = state.Items[i].OnHand;
            onOrder[i] = state.Items[i].OnOrder;
            backlog[i] = state.Items[i].SupplierBacklog;
        }

        Span<long> received = stackalloc long[n];
        foreach (var shipment in dueShipments)
        {
            var i = (int)shipment.Item;
            onHand[i] += shipment.Quantity;
            onOrder[i] = Math.Max(0, onOrder[i] - shipment.Quantity);
            received[i] += shipment.Quantity;
        }

        Span<long> requested = stackalloc long[n];
        var owed = state.Backorders.ToDictionary(b => (b.RequesterId, b.Item), b => b.Quantity);
        foreach (var order in dueOrders)
        {
            requested[(int)order.Item] += order.Quantity;
            owed[(order.SenderId, order.Item)] = owed.GetValueOrDefault((order.SenderId, order.Item)) + order.Quantity;
        }

        // Everything owed, by item then requester (keys are unique, so the order is total): each item's requesters are
        // one contiguous, sorted run.
        var debts = owed.Where(o => o.Value > 0).Select(o => new Debt(o.Key.RequesterId, o.Key.Item, o.Value)).ToArray();
        Array.Sort(debts, static (a, b) => a.Item != b.Item ? ((int)a.Item).CompareTo((int)b.Item) : string.CompareOrdinal(a.RequesterId, b.RequesterId));

        var seq = state.NextSeq;
        var leadTime = isCentral ? supply.LeadTimes.CentralToRegional : supply.LeadTimes.RegionalToHospital;
        int LeadTo(string recipient) => shocks.IsDefaultOrEmpty
            ? leadTime
            : leadTime + SupplyShocks.ExtraLeadDays(shocks, isCentral ? state.DownstreamOoads.GetValueOrDefault(recipient) : state.Warehouse.OoadCode, date);
        var push = isCentral && supply.Policy == SupplyPolicyKind.PushProportional;
        var shipments = ImmutableArray.CreateBuilder<Shipment>();
        Span<long> shipped = stackalloc long[n];
        var recent = new ImmutableArray<long>[n];
        var first = 0;
        foreach (var item in SupplyItems.All)
        {
            var i = (int)item;
            var count = 0;
            long total = 0;
            while (first + count < debts.Length && debts[first + count].Item == item)
            {
                total += debts[first + count].Quantity;
                count++;
            }

            var requesters = new ArraySegment<Debt>(debts, first, count);
            first += count;
            var parts = outage ? new int[count]
                : total <= onHand[i]
                ? InFull(requesters)
                : Sampling.Apportion(onHand[i], Weights(requesters));
            for (var k = 0; k < count; k++)
            {
                if (parts[k] <= 0)
                {
                    continue;
                }

                var requester = requesters[k].RequesterId;
                shipments.Add(new Shipment(id, requester, item, parts[k], day, day + LeadTo(requester), seq++));
                requesters[k] = requesters[k] with { Quantity = requesters[k].Quantity - parts[k] };
                shipped[i] += parts[k];
            }

            if (push && !outage)
            {
                var reserve = PushAllocation.Reserve(state.BedsServed, supply[item], parameters.Care, supply.PushReserveDays);
                var pushed = PushAllocation.Parts(onHand[i] - shipped[i], reserve, input.BedsServed);
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

            onHand[i] -= shipped[i];
            recent[i] = DemandHistory.Push(state.Items[i].RecentRequests, requested[i], supply.ForecastWindowDays);
        }

        // What is still owed, by requester id then item (the order WarehouseState.Backorders keeps).
        var left = debts.Where(d => d.Quantity > 0).ToArray();
        Array.Sort(left, static (a, b) => a.RequesterId != b.RequesterId ? string.CompareOrdinal(a.RequesterId, b.RequesterId) : ((int)a.Item).CompareTo((int)b.Item));
        var backorders = left.Select(d => new Backorder(d.RequesterId, d.Item, d.Quantity)).ToImmutableArray();
        Span<long> owedByItem = stackalloc long[SupplyItems.All.Length];
        foreach (var b in backorders)
        {
            owedByItem[(int)b.Item] += b.Quantity;
        }

        var orders = ImmutableArray.CreateBuilder<ReplenishmentOrder>();
        var rule = isCentral ? supply.CentralReorder : supply.RegionalReorder;
        var reorder = SupplyPolicies.For(supply.Policy, isCentral ? SupplyTier.Central : SupplyTier.Regional);
        foreach (var item in SupplyItems.All)
        {
            var i = (int)item;
            var position = onHand[i] + onOrder[i] - owedByItem[i];
            var quantity = push
                ? PushAllocation.SupplierOrder(backlog[i], supply[item].SupplierDailyCapacity)
                : reorder.OrderQuantity(
                    rule, position, DemandHistory.Mean(recent[i]), ReferenceUse.PerDay(state.BedsServed, supply[item], parameters.Care));
            if (quantity <= 0)
            {
                continue;
            }

            onOrder[i] += quantity;
            if (isCentral)
            {
                backlog[i] += quantity;
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
                var release = Math.Min(backlog[i], item.SupplierDailyCapacity);
                if (release <= 0 || SupplyShocks.Embargoed(shocks, item.Item, date))
                {
                    continue;
                }

                var supplierLead = SupplyShocks.SupplierLeadDays(shocks, item.Item, date, supply.LeadTimes.SupplierToCentral);
                backlog[i] -= release;
                shipments.Add(new Shipment(SupplierId, id, item.Item, release, day, day + supplierLead, seq++));
            }
        }

        var inTransitBuilder = ImmutableArray.CreateBuilder<Shipment>();
        Span<long> inTransitByItem = stackalloc long[n];
        foreach (var s in state.InTransit)
        {
            if (s.DueDay > day)
            {
                inTransitBuilder.Add(s);
                inTransitByItem[(int)s.Item] += s.Quantity;
            }
        }

        foreach (var s in shipments)
        {
            if (s.SenderId == id)
            {
                inTransitBuilder.Add(s);
                inTransitByItem[(int)s.Item] += s.Quantity;
            }
        }

        var inTransit = inTransitBuilder.Count == state.InTransit.Length && inTransitBuilder.Count > 0 && SameShipments(inTransitBuilder, state.InTransit)
            ? state.InTransit
            : inTransitBuilder.ToImmutable();
        Span<long> held = stackalloc long[n];
        if (outage)
        {
            foreach (var s in shipmentInbox.Pending)
            {
                if (s.DueDay <= day)
                {
                    held[(int)s.Item] += s.Quantity;
                }
            }
        }

        var events = ImmutableArray.CreateBuilder<SimEvent>();
        var lines = ImmutableArray.CreateBuilder<WarehouseStock>(n);
        var items = new WarehouseItem[n];
        foreach (var item in SupplyItems.All)
        {
            var i = (int)item;
            var isShort = owedByItem[i] > 0 && onHand[i] == 0;
            var before = state.Items[i];
            StockKeeping.StockOutEvent(day, id, item, before.Short, isShort, owedByItem[i], events);
            items[i] = before.OnHand == onHand[i] && before.OnOrder == onOrder[i] && before.SupplierBacklog == backlog[i]
                && before.RecentRequests == recent[i] && before.Short == isShort
                ? before
                : new WarehouseItem(onHand[i], onOrder[i], backlog[i], recent[i], isShort);
            lines.Add(new WarehouseStock(
                item, onHand[i], onOrder[i], inTransitByItem[i], received[i], requested[i], shipped[i], owedByItem[i],
                DemandHistory.Mean(recent[i]), held[i]));
        }

        var next = state with
        {
            Items = ImmutableCollectionsMarshal.AsImmutableArray(items),
            Orders = orderInbox,
            Shipments = shipmentInbox,
            Backorders = backorders,
            InTransit = inTransit,
            NextSeq = seq,
        };
        var report = new WarehouseDayReport(day, id, state.Warehouse.Kind, lines.MoveToImmutable());
        return (next, new WarehouseStep(report, orders.ToImmutable(), shipments.ToImmutable(), events.ToImmutable()));
    }

    // Loops, not LINQ: a segment behind IEnumerable is boxed and this runs per warehouse, item and day.
    private static int[] InFull(ArraySegment<Debt> requesters)
    {
        var parts = new int[requesters.Count];
        for (var k = 0; k < parts.Length; k++)
        {
            parts[k] = (int)Math.Min(int.MaxValue, requesters[k].Quantity);
        }

        return parts;
    }

    private static double[] Weights(ArraySegment<Debt> requesters)
    {
        var weights = new double[requesters.Count];
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = requesters[k].Quantity;
        }

        return weights;
    }

    private static bool SameShipments(ImmutableArray<Shipment>.Builder kept, ImmutableArray<Shipment> before)
    {
        for (var i = 0; i < kept.Count; i++)
        {
            if (!ReferenceEquals(kept[i], before[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Units owed to one requester for one item while the day's shipments are cut.</summary>
    private readonly record struct Debt(string RequesterId, SupplyItem Item, long Quantity);
}
