namespace Capacity.Server.Results;

/// <summary>One state of the map: its id in <c>maps/mexico.svg</c>, name, the OOADs in it and the value (null: no data).</summary>
public sealed record StateValue(string StateId, string State, IReadOnlyList<string> Ooads, double? Value);
