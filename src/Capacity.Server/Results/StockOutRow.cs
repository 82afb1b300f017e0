namespace Capacity.Server.Results;

/// <summary>A node that could not meet its demand for an item on the day asked, and since when (from <c>events.csv</c>).</summary>
public sealed record StockOutRow(string EntityId, string Level, string Ooad, string Item, int SinceDay, string SinceDate);
