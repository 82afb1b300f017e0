namespace Capacity.Server.Results;

/// <summary>Units of an item a hospital or warehouse booked in on the day (<c>received_&lt;item&gt;</c>).</summary>
public sealed record ReceivedRow(string EntityId, string Level, string Ooad, string Item, double Quantity);
