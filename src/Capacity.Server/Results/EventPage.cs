namespace Capacity.Server.Results;

/// <summary>A page of events and how many match in all.</summary>
public sealed record EventPage(int Total, IReadOnlyList<EventRow> Rows);
