using Orleans;

namespace Capacity.Domain.Demand;

/// <summary>Per-OOAD adjustment of the national wave shape.</summary>
/// <param name="Multiplier">Scales the OOAD's attack rate (1 = national rate).</param>
/// <param name="PeakShiftDays">Moves every wave peak for this OOAD (negative = earlier).</param>
[GenerateSerializer, Immutable, Alias("capacity.RegionalDemand")]
public sealed record RegionalDemand(double Multiplier, int PeakShiftDays)
{
    /// <summary>The national curve unchanged.</summary>
    public static RegionalDemand Neutral { get; } = new(1.0, 0);
}
