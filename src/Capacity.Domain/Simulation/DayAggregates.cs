using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Supply;

namespace Capacity.Domain.Simulation;

/// <summary>Sums a day's hospital and warehouse reports per OOAD and nationally.</summary>
public static class DayAggregates
{
    /// <summary>Region code of the national row.</summary>
    public const string National = "national";

    /// <summary>One row per OOAD of the network (in code order), including OOADs with no hospitals.</summary>
    public static ImmutableArray<RegionDayReport> ByOoad(DayResult day, HospitalNetwork network)
    {
        var hospitals = day.Hospitals.ToLookup(h => h.OoadCode, StringComparer.Ordinal);
        var warehouseOoad = network.Warehouses.ToDictionary(w => w.Id, w => w.OoadCode, StringComparer.Ordinal);
        var warehouses = day.Warehouses.ToLookup(w => warehouseOoad.GetValueOrDefault(w.WarehouseId) ?? "", StringComparer.Ordinal);
        var between = day.Transfers.IsDefault ? [] : day.Transfers.Where(t => t.BetweenOoads).ToArray();
        return network.Ooads
            .Select(o => Sum(day.Day, o.Code, hospitals[o.Code], warehouses[o.Code]) with
            {
                TransferredToOtherOoads = between.Where(t => t.FromOoad == o.Code).Sum(t => t.Patients.Total),
                TransferredFromOtherOoads = between.Where(t => t.ToOoad == o.Code).Sum(t => t.Patients.Total),
            })
            .ToImmutableArray();
    }

    /// <summary>The national row: every hospital and every warehouse.</summary>
    public static RegionDayReport Nationally(DayResult day) =>
        Sum(day.Day, National, day.Hospitals, day.Warehouses);

    private static RegionDayReport Sum(
        int dayNumber,
        string code,
        IEnumerable<HospitalDayReport> hospitalRows,
        IEnumerable<WarehouseDayReport> warehouseRows)
    {
        var hospitals = hospitalRows.ToArray();
        var warehouses = warehouseRows.ToArray();
        LevelCounts Total(Func<HospitalDayReport, LevelCounts> field) =>
            hospitals.Aggregate(default(LevelCounts), (sum, h) => sum + field(h));

        var stock = SupplyItems.All.Select(item =>
        {
            var lines = hospitals.Select(h => h.Stock[(int)item]).ToArray();
            return new RegionStock(
                item,
                lines.Sum(l => l.OnHand),
                warehouses.Sum(w => w.Stock[(int)item].OnHand),
                lines.Sum(l => l.Demand),
                lines.Sum(l => l.Consumed),
                lines.Sum(l => l.Shortfall),
                lines.Sum(l => l.MeanDemand),
                lines.Count(l => l.StockOut));
        }).ToImmutableArray();

        return new RegionDayReport(
            dayNumber,
            code,
            hospitals.Length,
            hospitals.Count(h => IsFull(h)),
            Total(h => h.Beds),
            Total(h => h.Arrivals),
            Total(h => h.Admitted),
            Total(h => h.TurnedAway),
            Total(h => h.Discharged),
            Total(h => h.Died),
            hospitals.Sum(h => h.TurnedAwayDeaths),
            Total(h => h.Census),
            stock,
            hospitals.Sum(h => h.StretcherCensus),
            hospitals.Sum(h => h.NonCovidDemandBedDays),
            hospitals.Sum(h => h.DeferredBedDays),
            hospitals.Sum(h => h.StepUps),
            hospitals.Sum(h => h.StepDowns),
            hospitals.Sum(h => h.StepUpBlocked),
            Total(h => h.TransfersIn),
            Total(h => h.TransferredOut));
    }

    private static bool IsFull(HospitalDayReport h) =>
        (h.Beds.Ward > 0 && h.Census.Ward >= h.Beds.Ward) || (h.Beds.Icu > 0 && h.Census.Icu >= h.Beds.Icu);
}
