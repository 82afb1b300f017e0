using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;

namespace Capacity.Domain.Tests.Simulation;

public sealed class DayAggregatesTests
{
    private static readonly HospitalNetwork Network = new(
        "aggregates",
        [new Ooad("o01", "OOAD 1", "S1", 1), new Ooad("o02", "OOAD 2", "S2", 1), new Ooad("o03", "OOAD 3", "S3", 1)],
        [],
        [
            new Warehouse("central", "Central", WarehouseKind.Central, null, null),
            new Warehouse("wh-o01", "o01", WarehouseKind.Ooad, "o01", "central"),
            new Warehouse("wh-o01-umae", "o01 UMAE", WarehouseKind.Umae, "o01", "central"),
            new Warehouse("wh-o02", "o02", WarehouseKind.Ooad, "o02", "central"),
        ]);

    private static readonly DayResult Day = DayResult.Canonical(
        6,
        new DateOnly(2020, 3, 7),
        [
            Hospital("o01-a", "o01", beds: new(10, 2), census: new(10, 1), arrivals: new(5, 1), admitted: new(3, 1), discharged: new(1, 0), died: new(0, 1), awayDeaths: 1, onHand: 100, demand: 10, consumed: 10, mean: 8, stretchers: 2, nonCovidDemand: 60, deferred: 5, steps: (2, 1, 1)),
            Hospital("o01-b", "o01", beds: new(5, 2), census: new(2, 2), arrivals: new(1, 2), admitted: new(1, 2), discharged: new(1, 1), died: new(1, 0), awayDeaths: 0, onHand: 0, demand: 4, consumed: 0, mean: 3.5, stretchers: 0, nonCovidDemand: 30, deferred: 0, steps: (1, 0, 3)),
            Hospital("o02-a", "o02", beds: new(4, 0), census: new(3, 0), arrivals: new(2, 0), admitted: new(2, 0), discharged: default, died: default, awayDeaths: 0, onHand: 7, demand: 1, consumed: 1, mean: 1, stretchers: 1, nonCovidDemand: 20, deferred: 3, steps: (0, 2, 0)),
        ],
        [Warehouse("central", 1_000), Warehouse("wh-o01", 200), Warehouse("wh-o01-umae", 50), Warehouse("wh-o02", 30)],
        []);

    [Fact]
    public void Each_ooad_sums_its_own_hospitals_and_warehouses_and_ooads_without_hospitals_get_a_zero_row()
    {
        var rows = DayAggregates.ByOoad(Day, Network);

        Assert.Equal(["o01", "o02", "o03"], rows.Select(r => r.RegionCode));
        AssertRow(new RegionDayReport(6, "o01", 2, 2, new(15, 4), new(6, 3), new(4, 3), new(2, 0), new(2, 1), new(1, 1), 1, new(12, 3), default, 2, 90, 5, 3, 1, 4), 100, 250, 14, 10, 4, 11.5, 1, rows[0]);
        AssertRow(new RegionDayReport(6, "o02", 1, 0, new(4, 0), new(2, 0), new(2, 0), default, default, default, 0, new(3, 0), default, 1, 20, 3, 0, 2, 0), 7, 30, 1, 1, 0, 1, 0, rows[1]);
        AssertRow(new RegionDayReport(6, "o03", 0, 0, default, default, default, default, default, default, 0, default, default, 0, 0, 0, 0, 0, 0), 0, 0, 0, 0, 0, 0, 0, rows[2]);
    }

    [Fact]
    public void The_national_row_sums_every_hospital_and_every_warehouse_including_the_central_one()
    {
        var row = DayAggregates.Nationally(Day);

        AssertRow(new RegionDayReport(6, DayAggregates.National, 3, 2, new(19, 4), new(8, 3), new(6, 3), new(2, 0), new(2, 1), new(1, 1), 1, new(15, 3), default, 3, 110, 8, 3, 3, 4), 107, 1_280, 15, 11, 4, 12.5, 1, row);
    }

    private static void AssertRow(
        RegionDayReport expected, long hospitalOnHand, long warehouseOnHand, long demand, long consumed, long shortfall, double mean, int stockedOut, RegionDayReport actual)
    {
        Assert.Equal(expected, actual with { Stock = default });
        Assert.Equal(
            SupplyItems.All.Select(item => new RegionStock(item, hospitalOnHand, warehouseOnHand, demand, consumed, shortfall, mean, stockedOut)),
            actual.Stock);
    }

    private static HospitalDayReport Hospital(
        string id, string ooad, LevelCounts beds, LevelCounts census, LevelCounts arrivals, LevelCounts admitted, LevelCounts discharged, LevelCounts died,
        int awayDeaths, long onHand, long demand, long consumed, double mean, int stretchers, int nonCovidDemand, int deferred, (int Ups, int Downs, int Blocked) steps) =>
        new(6, id, ooad, beds, arrivals, admitted, arrivals - admitted, discharged, died, awayDeaths, census,
            SupplyItems.All.Select(item => new HospitalStock(item, onHand, 0, 0, demand, consumed, demand - consumed, mean)).ToImmutableArray(),
            ReconversionPhase.None,
            HospitalRole.Hybrid,
            stretchers,
            nonCovidDemand,
            deferred,
            steps.Ups,
            steps.Downs,
            steps.Blocked);

    private static WarehouseDayReport Warehouse(string id, long onHand) =>
        new(6, id, id == "central" ? WarehouseKind.Central : WarehouseKind.Ooad,
            SupplyItems.All.Select(item => new WarehouseStock(item, onHand, 0, 0, 0, 0, 0, 0, 0)).ToImmutableArray());
}
