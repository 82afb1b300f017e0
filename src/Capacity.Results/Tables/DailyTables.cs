using System.Collections.Frozen;
using System.Collections.Immutable;
using Capacity.Domain.Equipment;
using Capacity.Domain.Network;
using Capacity.Domain.Simulation;
using Capacity.Results.Plots;

namespace Capacity.Results.Tables;

/// <summary>The four daily tables of a run: hospital, OOAD, national and warehouse.</summary>
internal sealed class DailyTables : IAsyncDisposable
{
    private readonly TableWriter _hospitals;
    private readonly TableWriter _ooads;
    private readonly TableWriter _national;
    private readonly TableWriter _warehouses;
    private readonly FrozenDictionary<string, string?> _warehouseOoads;
    private readonly FrozenDictionary<string, Hospital> _network;
    private readonly RunLayout _layout;
    private readonly StaffFigures.Calculator _staff;
    private readonly OoadReports _reports;
    private readonly ImmutableSortedDictionary<string, OoadEquipment>? _equipment;
    private readonly bool _fleetOn;
    private readonly (SeriesCapture Ooads, SeriesCapture National)? _series;

    private DailyTables(
        TableWriter hospitals, TableWriter ooads, TableWriter national, TableWriter warehouses, Scenario scenario, (SeriesCapture, SeriesCapture)? series)
    {
        _series = series;
        _hospitals = hospitals;
        _ooads = ooads;
        _national = national;
        _warehouses = warehouses;
        // Looked up for every row: frozen dictionaries are the fastest to read.
        _warehouseOoads = scenario.Network.Warehouses.ToFrozenDictionary(w => w.Id, w => w.OoadCode, StringComparer.Ordinal);
        _network = scenario.Network.Hospitals.ToFrozenDictionary(h => h.Id, StringComparer.Ordinal);
        _layout = RunLayout.For(scenario);
        _staff = new StaffFigures.Calculator(_layout);
        _reports = new OoadReports(scenario.Network.Ooads);
        _equipment = scenario.Equipment is null ? null : _layout.Equipment;
        _fleetOn = scenario.Ventilators is { Enabled: true };
    }

    /// <summary>
    /// Opens the tables in the formats the scenario asks for, or returns null when it asks for none. Every file
    /// opened is added to <paramref name="opened"/> at once, so a failure half-way can still close it.
    /// </summary>
    public static DailyTables? Open(string directory, Scenario scenario, ICollection<IAsyncDisposable> opened)
    {
        var csv = scenario.Outputs.Contains(OutputFormat.Csv);
        var parquet = scenario.Outputs.Contains(OutputFormat.Parquet);
        if (!csv && !parquet)
        {
            return null;
        }

        var network = scenario.Network;
        var days = Math.Max(scenario.Days, 0);
        // Charts read the OOAD and national rows as they are written (RunCharts says which OOAD columns).
        (SeriesCapture Ooads, SeriesCapture National)? series = scenario.Plots
            ? (new SeriesCapture([.. RegionTable.OoadLayout.Columns.Select(c => c.Name)], RunCharts.OoadColumns.Contains),
               new SeriesCapture([.. RegionTable.NationalLayout.Columns.Select(c => c.Name)], _ => true))
            : null;
        TableWriter Table(TableLayout layout, int rowsPerDay, SeriesCapture? capture = null)
        {
            var table = TableWriter.Open(layout, directory, csv, parquet, days * rowsPerDay, capture);
            opened.Add(table);
            return table;
        }

        return new DailyTables(
            Table(HospitalTable.Layout, network.Hospitals.Length),
            Table(RegionTable.OoadLayout, network.Ooads.Length, series?.Ooads),
            Table(RegionTable.NationalLayout, 1, series?.National),
            Table(WarehouseTable.Layout, network.Warehouses.Length),
            scenario,
            series);
    }

    /// <param name="byOoad">The day's OOAD rows (<see cref="DayAggregates.ByOoad"/>).</param>
    /// <param name="national">The day's national row (<see cref="DayAggregates.Nationally"/>).</param>
    public void Write(DayResult day, ImmutableArray<RegionDayReport> byOoad, RegionDayReport national)
    {
        _reports.Fill(day.Hospitals);
        var staff = _staff.For(day, _reports);
        foreach (var hospital in day.Hospitals)
        {
            HospitalTable.Write(_hospitals, day.Date, hospital, _network[hospital.HospitalId], staff.Hospitals[hospital.HospitalId]);
        }

        var plantsToday = day.Plants.IsDefault ? [] : day.Plants;
        var equipment = new List<RegionEquipment>(byOoad.Length);
        foreach (var region in byOoad)
        {
            var hospitals = _reports.Of(region.RegionCode);
            var erc = staff.Ooads.GetValueOrDefault(region.RegionCode);
            var reconversion = RegionReconversion.Sum(hospitals, _network)
                with { ErcTeamsRequired = erc.Required, ErcTeamsAvailable = erc.Available, ErcTeamsOnDuty = erc.OnDuty };
            var ventilators = VentilatorFigures.Sum(hospitals);
            var equipped = _equipment is not null && _equipment.TryGetValue(region.RegionCode, out var own)
                ? RegionEquipment.Of(own, day.Date, _fleetOn ? ventilators.Held : null)
                : RegionEquipment.None;
            equipment.Add(equipped);
            var plants = plantsToday.Where(p => p.OoadCode == region.RegionCode);
            RegionTable.Write(_ooads, day.Date, region, reconversion, equipped, withOoad: true, (hospitals, plants), ventilators);
        }

        var ooads = _layout.Scenario.Network.Ooads.Select(o => staff.Ooads[o.Code]).ToArray();
        var nationally = RegionReconversion.Sum(day.Hospitals, _network) with
        {
            ErcTeamsRequired = ooads.Sum(o => o.Required),
            ErcTeamsAvailable = ooads.Sum(o => o.Available),
            ErcTeamsOnDuty = ooads.Sum(o => o.OnDuty),
        };
        RegionTable.Write(
            _national, day.Date, national, nationally, RegionEquipment.Sum(equipment), withOoad: false,
            (day.Hospitals, plantsToday), VentilatorFigures.Sum(day.Hospitals, day.VentilatorsInReserve));
        foreach (var warehouse in day.Warehouses)
        {
            WarehouseTable.Write(_warehouses, day.Date, warehouse, _warehouseOoads[warehouse.WarehouseId], _layout.Parameters.Supply);
        }
    }

    /// <summary>The OOAD and national rows written so far, by column name; null when the scenario draws no charts.</summary>
    public (SeriesTable Ooads, SeriesTable National)? Series =>
        _series is var (ooads, national) ? (ooads.ToTable(), national.ToTable()) : null;

    /// <summary>Closes the CSV files and writes the Parquet files.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (var table in All())
        {
            await table.CompleteAsync(cancellationToken);
        }
    }

    /// <summary>Releases the CSV file handles of an abandoned run (idempotent).</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var table in All())
        {
            await table.DisposeAsync();
        }
    }

    private TableWriter[] All() => [_hospitals, _ooads, _national, _warehouses];
}
