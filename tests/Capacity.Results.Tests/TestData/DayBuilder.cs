using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;

namespace Capacity.Results.Tests.TestData;

/// <summary>Terse constructors for hand-written day reports.</summary>
internal static class DayBuilder
{
    public static LevelCounts L(int ward, int icu) => new(ward, icu);

    /// <summary>
    /// A hospital day, not reconverted (phase none, role non_covid), nobody on a stretcher, no non-COVID demand and no step-up or step-down;
    /// items not given in <paramref name="stock"/> get an all-zero line (no demand, so no days of supply).
    /// </summary>
    public static HospitalDayReport Hospital(
        int day,
        string id,
        string ooad,
        LevelCounts beds,
        LevelCounts arrivals,
        LevelCounts admitted,
        LevelCounts turnedAway,
        LevelCounts discharged,
        LevelCounts died,
        int turnedAwayDeaths,
        LevelCounts census,
        params HospitalStock[] stock) =>
        new(day, id, ooad, beds, arrivals, admitted, turnedAway, discharged, died, turnedAwayDeaths, census, HospitalLines(stock), ReconversionPhase.None, HospitalRole.NonCovid, 0, 0, 0, 0, 0, 0);

    public static HospitalDayReport QuietHospital(int day, string id, string ooad, LevelCounts beds) =>
        Hospital(day, id, ooad, beds, default, default, default, default, default, 0, default);

    /// <summary>A hospital with no patients and no stock, in the given phase and role.</summary>
    public static HospitalDayReport Unit(int day, string id, string ooad, LevelCounts beds, ReconversionPhase phase, HospitalRole role) =>
        QuietHospital(day, id, ooad, beds) with { Phase = phase, Role = role };

    public static HospitalStock HStock(SupplyItem item, long onHand, long onOrder, long received, long demand, long consumed, long shortfall, double meanDemand) =>
        new(item, onHand, onOrder, received, demand, consumed, shortfall, meanDemand);

    public static WarehouseDayReport Warehouse(int day, string id, WarehouseKind kind, params WarehouseStock[] stock) =>
        new(day, id, kind, SupplyItems.All.Select(i => (stock.Any(s => s.Item == i) ? stock.First(s => s.Item == i) : new WarehouseStock(i, 0, 0, 0, 0, 0, 0, 0, 0))).ToImmutableArray());

    public static WarehouseStock WStock(
        SupplyItem item, long onHand, long onOrder, long inTransitOut, long received, long requested, long shipped, long backordered, double meanDemand) =>
        new(item, onHand, onOrder, inTransitOut, received, requested, shipped, backordered, meanDemand);

    public static DayResult Day(Scenario scenario, int day, IEnumerable<HospitalDayReport> hospitals, IEnumerable<WarehouseDayReport> warehouses, params SimEvent[] events) =>
        DayResult.Canonical(day, scenario.DateOf(day), hospitals, warehouses, events);

    private static ImmutableArray<HospitalStock> HospitalLines(HospitalStock[] given) =>
        SupplyItems.All.Select(i => (given.Any(s => s.Item == i) ? given.First(s => s.Item == i) : new HospitalStock(i, 0, 0, 0, 0, 0, 0, 0))).ToImmutableArray();
}
