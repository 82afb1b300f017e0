namespace Capacity.Server.Results;

/// <summary>
/// One node and item of the stock board at the end of a day. <see cref="InTransit"/>: units a warehouse shipped that have
/// not arrived; null for hospitals, whose <see cref="OnOrder"/> already holds what is in transit to them and what their
/// warehouse still owes.
/// </summary>
public sealed record StockRow(string EntityId, string Ooad, string Item, double OnHand, double? DaysOfSupply, double OnOrder, double? InTransit, bool StockOut);
