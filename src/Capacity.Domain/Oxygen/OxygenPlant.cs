using System.Collections.Immutable;
using Orleans;
using Capacity.Domain.Random;
using Capacity.Domain.Shocks;

namespace Capacity.Domain.Oxygen;

/// <summary>
/// An OOAD's regional oxygen plant (held by the OOAD, <see cref="Demand.OoadState.Oxygen"/>): it ships its hospitals'
/// orders by truck up to its daily capacity; what it cannot ship stays owed, and when it is short every hospital gets
/// a share of the day's capacity proportional to what it is owed (largest remainder, <see cref="Sampling.Apportion"/>).
/// </summary>
/// <param name="OoadCode">Its OOAD.</param>
/// <param name="DailyCapacity">Litres it ships per day at full output (<see cref="OxygenSettings.PlantCapacityFactor"/> ×
/// Σ reference use of its hospitals, ASSUMPTION).</param>
/// <param name="Backlog">Litres owed, by hospital id (no zero entries).</param>
/// <param name="InTransit">Drops on trucks, in dispatch order.</param>
[GenerateSerializer, Immutable, Alias("capacity.OxygenPlant")]
public sealed record OxygenPlant(string OoadCode, long DailyCapacity, ImmutableSortedDictionary<string, long> Backlog, ImmutableArray<OxygenDelivery> InTransit)
{
    /// <summary>A plant on day 0: nothing owed, nothing on the road.</summary>
    public static OxygenPlant Open(string ooadCode, long dailyCapacity) =>
        new(ooadCode, dailyCapacity, ImmutableSortedDictionary.Create<string, long>(StringComparer.Ordinal), []);

    /// <summary>Litres on trucks.</summary>
    public long InTransitLitres => InTransit.Sum(d => d.Litres);

    /// <summary>The drops due on <paramref name="day"/>, summed by hospital, and the plant without them.</summary>
    public (OxygenPlant Next, ImmutableSortedDictionary<string, long> Delivered) Deliver(int day)
    {
        var due = InTransit.Where(d => d.DueDay <= day).ToArray();
        if (due.Length == 0)
        {
            return (this, ImmutableSortedDictionary.Create<string, long>(StringComparer.Ordinal));
        }

        var delivered = due
            .GroupBy(d => d.HospitalId, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Sum(d => d.Litres), StringComparer.Ordinal);
        return (this with { InTransit = [.. InTransit.Where(d => d.DueDay > day)] }, delivered);
    }

    /// <summary>
    /// Takes today's orders and dispatches, arriving after the lead time. Capacity today = daily capacity × (1 − the share
    /// lost to active outages, <see cref="OxygenOutage"/>), rounded down.
    /// </summary>
    /// <param name="day">Today.</param>
    /// <param name="date">Today's date (for shocks).</param>
    /// <param name="orders">Today's orders by hospital (any order; zero orders are ignored).</param>
    /// <param name="settings">Oxygen settings.</param>
    /// <param name="shocks">The scenario's shocks.</param>
    public (OxygenPlant Next, OxygenPlantReport Report) Run(
        int day, DateOnly date, IEnumerable<(string HospitalId, long Litres)> orders, OxygenSettings settings, ImmutableArray<Shock> shocks)
    {
        var owed = Backlog.ToBuilder();
        var ordered = 0L;
        foreach (var (hospital, litres) in orders)
        {
            if (litres > 0)
            {
                owed[hospital] = owed.GetValueOrDefault(hospital) + litres;
                ordered += litres;
            }
        }

        var capacity = (long)Math.Floor(DailyCapacity * (1 - OxygenOutage.LostShare(shocks, OoadCode, date)));
        var hospitals = owed.Keys.ToArray();
        var amounts = hospitals.Select(h => owed[h]).ToArray();
        var total = amounts.Sum();
        var shipped = total <= capacity ? amounts : Ration(capacity, amounts);
        var lead = Math.Max(1, settings.LeadTimeDays);
        var transit = InTransit.ToBuilder();
        for (var i = 0; i < hospitals.Length; i++)
        {
            if (shipped[i] <= 0)
            {
                continue;
            }

            transit.Add(new OxygenDelivery(hospitals[i], day + lead, shipped[i]));
            var left = owed[hospitals[i]] - shipped[i];
            if (left > 0)
            {
                owed[hospitals[i]] = left;
            }
            else
            {
                owed.Remove(hospitals[i]);
            }
        }

        var next = this with { Backlog = owed.ToImmutable(), InTransit = transit.ToImmutable() };
        var report = new OxygenPlantReport(day, OoadCode, capacity, ordered, shipped.Sum(), next.Backlog.Values.Sum(), next.InTransitLitres);
        return (next, report);
    }

    /// <summary>Capacity split in proportion to what each hospital is owed, never more than it is owed.</summary>
    public static long[] Ration(long capacity, long[] owed)
    {
        var parts = Sampling.Apportion(Math.Max(0, capacity), [.. owed.Select(o => (double)o)]);
        return [.. parts.Select((p, i) => Math.Min(p, owed[i]))];
    }
}
