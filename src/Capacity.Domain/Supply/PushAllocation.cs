using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
        var layout = Layouts.GetValue(network, static n => new SupplyLayout(n));
        var beds = new int[layout.Warehouses.Length];
        foreach (var report in reports)
        {
            if (layout.WarehouseOf.TryGetValue(report.HospitalId, out var warehouse))
            {
                beds[warehouse] += report.Beds.Total;
            }
        }

        var result = new WarehouseBeds[beds.Length];
        for (var i = 0; i < beds.Length; i++)
        {
            result[i] = new WarehouseBeds(layout.Warehouses[i], beds[i]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
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

    // Which warehouse (by position in id order) supplies each hospital: fixed for a network, so worked out once per
    // network instead of every day (the central warehouse's push reads it daily; at 100× it is 36,500 hospitals).
    private static readonly ConditionalWeakTable<HospitalNetwork, SupplyLayout> Layouts = new();

    private sealed class SupplyLayout
    {
        public SupplyLayout(HospitalNetwork network)
        {
            Warehouses = network.Warehouses.Where(w => w.Kind != WarehouseKind.Central).Select(w => w.Id).Order(StringComparer.Ordinal).ToImmutableArray();
            var position = Warehouses.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
            WarehouseOf = network.Hospitals
                .Where(h => position.ContainsKey(h.WarehouseId))
                .ToDictionary(h => h.Id, h => position[h.WarehouseId], StringComparer.Ordinal);
        }

        public ImmutableArray<string> Warehouses { get; }

        public Dictionary<string, int> WarehouseOf { get; }
    }
}
