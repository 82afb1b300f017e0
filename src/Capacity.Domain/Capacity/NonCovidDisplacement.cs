using Capacity.Domain.Care;
using Capacity.Domain.Network;

namespace Capacity.Domain.Capacity;

/// <summary>
/// Non-COVID care displaced by reconversion, as a deterministic bed-day model (no patients, no random draws): each
/// day a hospital's non-COVID demand is its pre-COVID occupancy × census beds, rounded to whole beds; its non-COVID
/// capacity is the census beds that are not COVID beds; demand above capacity is care deferred that day.
/// Observation stretchers are not census beds, so stretchers in use take nothing from non-COVID capacity.
/// </summary>
public static class NonCovidDisplacement
{
    /// <summary>
    /// 5.24 days, the mean stay in IMSS census beds in 2019 (seed 003 L8746-8748), which turns deferred bed-days into
    /// deferred admissions.
    /// </summary>
    public const double BaselineMeanStayDays = 5.24;

    /// <summary>
    /// Beds non-COVID patients would occupy today: <c>round(occupancy × census beds)</c>, half away from zero. A
    /// temporary unit has none (<see cref="TierShares.For"/> gives it 0): it exists only for COVID care.
    /// </summary>
    public static int Demand(Hospital hospital, TierShares occupancy) =>
        (int)Math.Round(occupancy.For(hospital.Type) * hospital.CensusBeds, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Census beds left to non-COVID care: <c>max(0, census beds − COVID beds)</c>; 0 for a temporary unit, whose
    /// census beds are its COVID beds.
    /// </summary>
    public static int Capacity(Hospital hospital, LevelCounts covidBeds) =>
        hospital.Type == HospitalType.TemporaryUnit ? 0 : Math.Max(0, hospital.CensusBeds - covidBeds.Total);

    /// <summary>Bed-days of non-COVID care deferred today: <c>max(0, demand − capacity)</c>.</summary>
    public static int Deferred(int demand, int capacity) => Math.Max(0, demand - capacity);

    /// <summary>Deferred bed-days ÷ <see cref="BaselineMeanStayDays"/>: the admissions those bed-days stand for.</summary>
    public static double DeferredAdmissions(long deferredBedDays) => deferredBedDays / BaselineMeanStayDays;
}
