namespace Capacity.Server.Results;

/// <summary>The map of one day: every state of Mexico with the metric's value, and the range for the colour scale.</summary>
public sealed record MapView(int Day, string Date, string Metric, string? Item, double? Min, double? Max, IReadOnlyList<StateValue> States);
