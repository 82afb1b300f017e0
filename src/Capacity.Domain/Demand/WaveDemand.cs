using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Random;
using MathNet.Numerics.Distributions;

namespace Capacity.Domain.Demand;

/// <summary>
/// New COVID hospital patients of one OOAD on one day. The expected count is the OOAD's share of the wave
/// curves; the actual count is a Poisson draw, split into ICU and ward patients binomially.
/// </summary>
public static class WaveDemand
{
    /// <summary>Expected new hospital patients for an OOAD on day <paramref name="day"/> (day 0 = scenario start).</summary>
    public static double Expected(WaveDemandSettings demand, Ooad ooad, DateOnly start, int day)
    {
        var regional = demand.For(ooad.Code);
        var mass = 0.0;
        foreach (var wave in demand.Waves)
        {
            // Integrate the normal curve over the day so the whole wave's mass is exactly its share,
            // however narrow the wave.
            var peak = wave.Peak.DayNumber - start.DayNumber + regional.PeakShiftDays;
            mass += wave.Share * (Normal.CDF(peak, wave.WidthDays, day + 1) - Normal.CDF(peak, wave.WidthDays, day));
        }

        return demand.AttackRate * ooad.Affiliates * regional.Multiplier * demand.HospitalisedShare * mass;
    }

    /// <summary>The day's arrivals by care level.</summary>
    public static LevelCounts Draw(WaveDemandSettings demand, Ooad ooad, DateOnly start, int day, long seed)
    {
        var rng = CounterRng.For(seed, ooad.Code, day, RngStream.Arrivals);
        var total = Sampling.Poisson(ref rng, Expected(demand, ooad, start, day));
        var icu = Sampling.Binomial(ref rng, total, demand.IcuShareOfHospitalised);
        return new LevelCounts(total - icu, icu);
    }
}
