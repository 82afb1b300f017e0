using Capacity.Domain.Care;
using Capacity.Domain.Oxygen;
using Capacity.Domain.Simulation;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Oxygen;

/// <summary>Oxygen settings and benches with round numbers: 10 L a ward patient, 30 L an ICU patient per day.</summary>
public static class OxygenBench
{
    /// <summary>10 L / 30 L a day, storage 4 days of reference use, reorder below 2 days, drop ≥ 1 day, lead 1 day.</summary>
    public static OxygenSettings Settings(double excessDeathRate = 0) =>
        new(true, 10, 30, 1, 3, 1, 1, 2, 1, 1, 1.5, excessDeathRate);

    /// <summary>Bench parameters with oxygen enabled.</summary>
    public static ModelParameters Parameters(double deathRate = 0, double excessDeathRate = 0) =>
        HospitalBench.Parameters(deathRate) with { Oxygen = Settings(excessDeathRate) };

    /// <summary>A bench whose tank holds <paramref name="onHand"/> litres (null: full).</summary>
    public static HospitalBench Bench(LevelCounts beds, ModelParameters parameters, StayHazards hazards, long? onHand = null)
    {
        var bench = new HospitalBench(beds, parameters, hazards);
        if (onHand is { } litres)
        {
            bench.WithOxygen(litres);
        }

        return bench;
    }
}
