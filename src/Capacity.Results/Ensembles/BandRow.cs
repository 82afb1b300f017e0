namespace Capacity.Results.Ensembles;

/// <summary>One day of <see cref="BandTable"/>; a value is null when no replica had one.</summary>
internal sealed record BandRow(int Day, DateOnly Date, double?[] Values);
