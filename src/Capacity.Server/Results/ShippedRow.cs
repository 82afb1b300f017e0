namespace Capacity.Server.Results;

/// <summary>Units of an item a warehouse shipped downstream on the day (<c>shipped_&lt;item&gt;</c>).</summary>
public sealed record ShippedRow(string WarehouseId, string Ooad, string Item, double Quantity);
