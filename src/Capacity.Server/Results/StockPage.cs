namespace Capacity.Server.Results;

/// <summary>The stock board of one day: the items and OOADs to filter by, and one page of rows.</summary>
public sealed record StockPage(int Day, string Date, int Days, IReadOnlyList<string> Items, IReadOnlyList<string> Ooads, IReadOnlyList<StockRow> Rows, int Total);
