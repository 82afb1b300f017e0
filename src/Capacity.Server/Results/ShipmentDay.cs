namespace Capacity.Server.Results;

/// <summary>
/// What moved on one day, node by node, from the daily tables: shipments leaving warehouses and deliveries booked in. The
/// run files hold totals per node and item, not single consignments, so this is the per-node ledger of the day.
/// </summary>
public sealed record ShipmentDay(int Day, string Date, IReadOnlyList<ShippedRow> Shipped, IReadOnlyList<ReceivedRow> Received);
