namespace Capacity.Server.Results;

/// <summary>One line of <c>events.csv</c>.</summary>
public sealed record EventRow(int Day, string Date, string EntityId, string Kind, string Subject, string Detail);
