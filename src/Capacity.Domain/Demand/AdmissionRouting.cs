using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Random;

namespace Capacity.Domain.Demand;

/// <summary>
/// How an OOAD spreads the day's patients over its hospitals (regional bed regulation, as the IMSS
/// Centro Regulador did, seed 003 L7539-7578). It only knows yesterday's census: patients first fill
/// the beds free at the last report, in proportion to those free beds; any overflow is spread in
/// proportion to bed counts, where beds freed by today's discharges may still take them.
/// </summary>
public static class AdmissionRouting
{
    /// <summary>Arrivals per hospital, in the order of <paramref name="hospitals"/>.</summary>
    public static ImmutableArray<LevelCounts> Route(LevelCounts arrivals, ImmutableArray<HospitalSnapshot> hospitals)
    {
        var ward = RouteLevel(arrivals.Ward, hospitals, CareLevel.Ward);
        var icu = RouteLevel(arrivals.Icu, hospitals, CareLevel.Icu);
        return Enumerable.Range(0, hospitals.Length).Select(i => new LevelCounts(ward[i], icu[i])).ToImmutableArray();
    }

    private static int[] RouteLevel(int patients, ImmutableArray<HospitalSnapshot> hospitals, CareLevel level)
    {
        var free = hospitals.Select(h => (double)h.Free[level]).ToArray();
        var totalFree = (long)free.Sum();
        if (patients <= totalFree)
        {
            return Sampling.Apportion(patients, free);
        }

        var beds = hospitals.Select(h => (double)h.Beds[level]).ToArray();
        if (beds.Sum() <= 0)
        {
            // No hospital of the OOAD has a bed of this level: send everyone to the largest hospitals by
            // their other beds; they will be turned away there and show up as unmet demand.
            beds = hospitals.Select(h => (double)h.Beds.Total + 1).ToArray();
        }

        var overflow = Sampling.Apportion(patients - totalFree, beds);
        return free.Select((f, i) => (int)f + overflow[i]).ToArray();
    }
}
