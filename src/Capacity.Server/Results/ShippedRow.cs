namespace Capacity.Server.Results;

/// <summary>
/// A consignment a warehouse sent on the day (<c>shipments.csv</c>): where to, how many units of which item, and the day it
/// is due. <see cref="To"/> and the due day are null for runs written before the ledger existed (then one row per
/// warehouse and item, the day's <c>shipped_&lt;item&gt;</c> total).
/// </summary>
public sealed record ShippedRow(string WarehouseId, string Ooad, string Item, double Quantity, string? To = null, string? ToOoad = null, int? DueDay = null, string? DueDate = null);
