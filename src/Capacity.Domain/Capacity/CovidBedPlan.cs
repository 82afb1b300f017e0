using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Random;

namespace Capacity.Domain.Capacity;

/// <summary>
/// Turns tier shares into whole COVID beds per hospital. Each tier's total is the rounded share of the
/// tier's census beds, spread over its hospitals by census beds with the largest-remainder method, so
/// national totals match the scenario exactly instead of drifting by per-hospital rounding.
/// </summary>
public static class CovidBedPlan
{
    /// <summary>COVID ward and ICU beds per hospital, keyed by hospital id.</summary>
    public static ImmutableSortedDictionary<string, LevelCounts> Allocate(HospitalNetwork network, CapacitySettings capacity)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, LevelCounts>(StringComparer.Ordinal);
        foreach (var tier in Enum.GetValues<HospitalType>())
        {
            var hospitals = network.Hospitals.Where(h => h.Type == tier).ToArray();
            var census = hospitals.Select(h => (double)h.CensusBeds).ToArray();
            var covid = Sampling.Apportion(RoundedShare(census.Sum(), capacity.CovidBedShare.For(tier)), census);
            var covidAsWeights = covid.Select(c => (double)c).ToArray();
            var icu = Sampling.Apportion(RoundedShare(covid.Sum(), capacity.IcuShareOfCovidBeds.For(tier)), covidAsWeights);
            for (var i = 0; i < hospitals.Length; i++)
            {
                result[hospitals[i].Id] = new LevelCounts(covid[i] - icu[i], icu[i]);
            }
        }

        return result.ToImmutable();
    }

    private static long RoundedShare(double total, double share) => (long)Math.Round(total * share, MidpointRounding.AwayFromZero);
}
