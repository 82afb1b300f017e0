using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Random;

namespace Capacity.Domain.Equipment;

/// <summary>
/// Each OOAD's equipment for a run (<see cref="OoadEquipment"/>): its baseline and its share of every delivery. Pure
/// and exact: both engines and the result writers get the same units from the same scenario.
/// </summary>
public static class EquipmentPlan
{
    /// <summary>Every OOAD's equipment, by OOAD code.</summary>
    /// <param name="settings">The scenario's equipment section.</param>
    /// <param name="network">The network (OOADs in their order, hospitals with their census beds).</param>
    /// <param name="opening">Each hospital's COVID beds on day 0, by hospital id.</param>
    /// <param name="planned">The most COVID beds each hospital is planned to run, by hospital id (the allocation's weights).</param>
    public static ImmutableSortedDictionary<string, OoadEquipment> ByOoad(
        EquipmentSettings settings,
        HospitalNetwork network,
        IReadOnlyDictionary<string, LevelCounts> opening,
        IReadOnlyDictionary<string, LevelCounts> planned)
    {
        var ooads = network.Ooads;
        var deliveries = ooads.ToDictionary(o => o.Code, _ => ImmutableArray.CreateBuilder<EquipmentDelivery>(), StringComparer.Ordinal);
        var weights = Weights(settings.Allocation, network, planned);
        foreach (var batch in settings.Deliveries)
        {
            if (batch.Ooad is { } code)
            {
                // A batch to an OOAD the network lacks (the defaults name OOADs of imss-2020; a file's batches are
                // checked by the loader) reaches nobody.
                if (deliveries.TryGetValue(code, out var own))
                {
                    own.Add(batch);
                }

                continue;
            }

            var shares = Sampling.Apportion(batch.Quantity, weights);
            for (var i = 0; i < ooads.Length; i++)
            {
                if (shares[i] > 0)
                {
                    deliveries[ooads[i].Code].Add(batch with { Quantity = shares[i], Ooad = ooads[i].Code });
                }
            }
        }

        return ooads.ToImmutableSortedDictionary(
            o => o.Code,
            o => new OoadEquipment(o.Code, settings.PerIcuBed, Baseline(settings, network.HospitalsOf(o.Code), opening), deliveries[o.Code].ToImmutable()),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// Units on day 0: the opening ICU COVID beds fully equipped (⌈Σ ICU beds × units per place⌉, if
    /// <see cref="EquipmentSettings.EquipOpeningIcuBeds"/>) plus ⌊Σ census beds × surplus per census bed⌋.
    /// </summary>
    public static EquipmentUnits Baseline(EquipmentSettings settings, IEnumerable<Hospital> hospitals, IReadOnlyDictionary<string, LevelCounts> opening)
    {
        long icu = 0, census = 0;
        foreach (var h in hospitals)
        {
            icu += opening.TryGetValue(h.Id, out var beds) ? beds.Icu : 0;
            census += h.CensusBeds;
        }

        var equipped = settings.EquipOpeningIcuBeds ? settings.PerIcuBed.UnitsFor(icu) : EquipmentUnits.None;
        return equipped + EquipmentUnits.Of(i => Spare(settings.SurplusPerCensusBed.For(i), census));
    }

    /// <summary>
    /// The allocation's weight of each OOAD, in network order. <see cref="EquipmentAllocationKind.ProportionalToIcuBeds"/>:
    /// Σ of its hospitals' planned ICU COVID beds; if no OOAD plans any, its census beds (so nothing is lost).
    /// </summary>
    public static double[] Weights(EquipmentAllocationKind allocation, HospitalNetwork network, IReadOnlyDictionary<string, LevelCounts> planned)
    {
        if (allocation != EquipmentAllocationKind.ProportionalToIcuBeds)
        {
            throw new ArgumentOutOfRangeException(nameof(allocation), allocation, null);
        }

        var icu = network.Ooads
            .Select(o => (double)network.HospitalsOf(o.Code).Sum(h => planned.TryGetValue(h.Id, out var b) ? b.Icu : 0))
            .ToArray();
        return icu.Sum() > 0
            ? icu
            : [.. network.Ooads.Select(o => (double)network.HospitalsOf(o.Code).Sum(h => (long)h.CensusBeds))];
    }

    private static int Spare(double perCensusBed, long censusBeds) =>
        perCensusBed <= 0 ? 0 : (int)Math.Min(int.MaxValue, Math.Floor(censusBeds * (decimal)perCensusBed));
}
