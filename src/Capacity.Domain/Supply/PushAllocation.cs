using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Random;

namespace Capacity.Domain.Supply;

/// <summary>
/// The central warehouse's push (<see cref="SupplyPolicyKind.PushProportional"/>): what it holds beyond its reserve
/// goes to the OOAD and UMAE warehouses in proportion to the COVID beds they serve that day.
/// </summary>
public static class PushAllocation
{
    /// <summary>
    /// Under push the central warehouse buys all the suppliers can deliver: it keeps one day of supplier capacity on
    /// order (ASSUMPTION: IMSS bought all the EPP the market offered in 2020, seed 003 L7258-7267, L21698-21704). A day
    /// the suppliers cannot release (an embargo) is lost, not made up later.
    /// </summary>
    public static long SupplierOrder(long supplierBacklog, long dailyCapacity) => Math.Max(0, dailyCapacity - supplierBacklog);

    /// <summary>COVID beds in service per OOAD and UMAE warehouse (every one, zero included), by warehouse id.</summary>
    public static ImmutableArray<WarehouseBeds> BedsByWarehouse(HospitalNetwork network, IEnumerable<HospitalDayReport> reports)
    {
        var warehouseOf = network.Hospitals.ToDictionary(h => h.Id, h => h.WarehouseId, StringComparer.Ordinal);
        var beds = network.Warehouses.Where(w => w.Kind != WarehouseKind.Central).ToDictionary(w => w.Id, _ => 0, StringComparer.Ordinal);
        foreach (var report in reports)
        {
            if (warehouseOf.TryGetValue(report.HospitalId, out var warehouse) && beds.ContainsKey(warehouse))
            {
                beds[warehouse] += report.Beds.Total;
            }
        }

        return [.. beds.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => new WarehouseBeds(b.Key, b.Value))];
    }

    /// <summary>
    /// The units above the reserve split by beds (largest remainder, ties to the lower warehouse id); nothing when no
    /// warehouse serves a COVID bed.
    /// </summary>
    public static int[] Parts(long onHand, long reserve, ImmutableArray<WarehouseBeds> beds)
    {
        var available = Math.Min(int.MaxValue, Math.Max(0, onHand - reserve));
        var weights = beds.IsDefaultOrEmpty ? [] : beds.Select(b => (double)b.CovidBeds).ToArray();
        return Sampling.Apportion(available, weights);
    }

    /// <summary>The reserve: <paramref name="days"/> of the reference use of every bed the central warehouse serves.</summary>
    public static long Reserve(LevelCounts bedsServed, ItemSettings item, CareSettings care, double days) =>
        days <= 0 ? 0 : ReferenceUse.OpeningStock(bedsServed, item, care, days);
}
