using Orleans;

namespace Capacity.Domain.Demand;

/// <summary>
/// One epidemic wave: a normal curve of hospital demand over calendar days.
/// </summary>
/// <param name="Peak">Day of peak demand.</param>
/// <param name="WidthDays">Standard deviation of the curve in days (about 68% of the wave falls within ±width).</param>
/// <param name="Share">Share of the run's total hospital demand carried by this wave.</param>
[GenerateSerializer, Immutable, Alias("capacity.Wave")]
public sealed record Wave(DateOnly Peak, double WidthDays, double Share);
