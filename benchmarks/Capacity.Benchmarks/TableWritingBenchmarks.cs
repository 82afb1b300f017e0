using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Capacity.Domain.Network;
using Capacity.Domain.Simulation;
using Capacity.Results.Tables;

namespace Capacity.Benchmarks;

/// <summary>
/// Writing a national year's daily tables: the 365 days of the 2020 replay are simulated once in the setup (inline
/// kernel), then every operation writes them again into a fresh directory. The hospital table is the largest
/// (365 units × 365 days = 133,225 rows of 104 columns); the four tables of a run (hospital, OOAD, national,
/// warehouse) add 12,775 + 365 + 22,995 rows. The setup prints the row counts.
/// </summary>
/// <remarks>
/// The hospital benchmarks compute each day's ERC figures in the setup, so they measure the row writer and the file
/// format alone; the daily-tables benchmarks call <see cref="DailyTables.Write"/> as <c>RunRecorder</c> does (ERC
/// figures and OOAD/national sums included, only <see cref="DayAggregates"/> done in advance as the recorder shares it
/// with the KPIs). Files go to the temp directory, which on this machine is the page cache of a local disk.
/// </remarks>
[MemoryDiagnoser]
public class TableWritingBenchmarks
{
    private Scenario _scenario = null!;
    private DayResult[] _days = [];
    private ImmutableArray<RegionDayReport>[] _byOoad = [];
    private RegionDayReport[] _national = [];
    private StaffFigures[] _staff = [];
    private ImmutableDictionary<string, Hospital> _network = null!;
    private string _root = null!;
    private int _runs;

    [GlobalSetup]
    public async Task Setup()
    {
        _scenario = NationalScenario.Load() with { Plots = false };
        var days = new List<DayResult>(_scenario.Days);
        await using (var engine = new InlineSimulator(_scenario))
        {
            for (var day = 0; day < _scenario.Days; day++)
            {
                days.Add(await engine.StepAsync(day));
            }
        }

        _days = [.. days];
        _byOoad = [.. _days.Select(d => DayAggregates.ByOoad(d, _scenario.Network))];
        _national = [.. _days.Select(DayAggregates.Nationally)];
        var layout = RunLayout.For(_scenario);
        _staff = [.. _days.Select(d => StaffFigures.For(layout, d))];
        _network = _scenario.Network.Hospitals.ToImmutableDictionary(h => h.Id, StringComparer.Ordinal);
        _root = Path.Combine(Path.GetTempPath(), "capacity-table-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(_root);
        Console.WriteLine(
            $"// {_days.Length} days; rows: hospital {_days.Sum(d => d.Hospitals.Length)}, ooad {_byOoad.Sum(o => o.Length)}, " +
            $"national {_days.Length}, warehouse {_days.Sum(d => d.Warehouses.Length)}; hospital columns {HospitalTable.Layout.Columns.Length}");
    }

    /// <summary>Keeps the disk from filling up over the iterations; not part of the measured time.</summary>
    [IterationCleanup]
    public void EmptyRoot()
    {
        Directory.Delete(_root, recursive: true);
        Directory.CreateDirectory(_root);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    /// <summary>Baseline: the same rows into a sink that drops every cell (the cost of building a row, not writing it).</summary>
    [Benchmark(Description = "daily_hospital rows, no file (133k rows)")]
    public int HospitalRowsOnly()
    {
        var sink = new NullSink();
        WriteHospitals(sink);
        return sink.Cells;
    }

    [Benchmark(Description = "daily_hospital.csv (133k rows)")]
    public Task HospitalCsv() => WriteHospitalTableAsync(csv: true, parquet: false);

    [Benchmark(Description = "daily_hospital.parquet (133k rows)")]
    public Task HospitalParquet() => WriteHospitalTableAsync(csv: false, parquet: true);

    [Benchmark(Description = "4 daily tables, CSV (169k rows)")]
    public Task DailyCsv() => WriteDailyTablesAsync(OutputFormat.Csv);

    [Benchmark(Description = "4 daily tables, Parquet (169k rows)")]
    public Task DailyParquet() => WriteDailyTablesAsync(OutputFormat.Parquet);

    /// <summary>What a run writes (both formats are the shipped scenarios' default).</summary>
    [Benchmark(Description = "4 daily tables, CSV + Parquet (169k rows)")]
    public Task DailyCsvAndParquet() => WriteDailyTablesAsync(OutputFormat.Csv, OutputFormat.Parquet);

    private async Task WriteHospitalTableAsync(bool csv, bool parquet)
    {
        var table = TableWriter.Open(HospitalTable.Layout, NewDirectory(), csv, parquet, _days.Length * _network.Count);
        await using (table)
        {
            WriteHospitals(table);
            await table.CompleteAsync(CancellationToken.None);
        }
    }

    private void WriteHospitals(IRowSink sink)
    {
        for (var d = 0; d < _days.Length; d++)
        {
            var staff = _staff[d].Hospitals;
            foreach (var hospital in _days[d].Hospitals)
            {
                HospitalTable.Write(sink, _days[d].Date, hospital, _network[hospital.HospitalId], staff[hospital.HospitalId]);
            }
        }
    }

    private async Task WriteDailyTablesAsync(params OutputFormat[] formats)
    {
        var opened = new List<IAsyncDisposable>();
        var tables = DailyTables.Open(NewDirectory(), _scenario with { Outputs = [.. formats] }, opened)!;
        await using (tables)
        {
            for (var d = 0; d < _days.Length; d++)
            {
                tables.Write(_days[d], _byOoad[d], _national[d]);
            }

            await tables.CompleteAsync(CancellationToken.None);
        }
    }

    // The writers create their files with FileMode.CreateNew: every operation needs an empty directory.
    private string NewDirectory() => Directory.CreateDirectory(Path.Combine(_root, (++_runs).ToString(System.Globalization.CultureInfo.InvariantCulture))).FullName;

    private sealed class NullSink : IRowSink
    {
        public int Cells { get; private set; }

        public void Int(int value) => Cells++;

        public void Long(long value) => Cells++;

        public void Date(DateOnly value) => Cells++;

        public void Text(string? value) => Cells++;

        public void Ratio(double? value) => Cells++;

        public void Quantity(double value) => Cells++;

        public void EndRow()
        {
        }
    }
}
