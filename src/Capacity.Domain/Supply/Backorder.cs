namespace Capacity.Domain.Supply;

/// <summary>Units a warehouse still owes one downstream node.</summary>
public sealed record Backorder(string RequesterId, SupplyItem Item, long Quantity);
