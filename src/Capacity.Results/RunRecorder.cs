using Capacity.Domain.Simulation;
using Capacity.Results.Kpis;
using Capacity.Results.Manifest;
using Capacity.Results.Plots;
using Capacity.Results.Summary;
using Capacity.Results.Tables;

namespace Capacity.Results;

/// <summary>
/// Writes one run directory (DESIGN.md §6). Days are streamed to CSV as they are recorded and buffered for
/// Parquet; <see cref="CompleteAsync"/> writes the rest and publishes the directory atomically. A recorder
/// disposed before completing deletes everything it wrote. Not thread-safe: one caller drives it.
/// </summary>
/// <remarks>
/// Every file except the <c>execution</c> block of <c>manifest.json</c> is a pure function of the scenario,
/// its provenance and the recorded days, so two engines that agree on the days produce identical bytes.
/// </remarks>
public sealed class RunRecorder : IAsyncDisposable
{
    private readonly string _runDirectory;
    private readonly string _tempDirectory;
    private readonly Scenario _scenario;
    private readonly ScenarioProvenance _provenance;
    private readonly DailyTables? _tables;
    private readonly EventsFile _events;
    private readonly TransfersFile _transfers;
    private readonly ShipmentsFile _shipments;
    private readonly KpiTally _kpis = new();
    private readonly OoadRanking _ranking;
    private readonly EventTimeline _timeline = new();
    private int _nextDay;
    private State _state = State.Recording;

    private RunRecorder(
        string runDirectory,
        string tempDirectory,
        Scenario scenario,
        ScenarioProvenance provenance,
        EventsFile events,
        TransfersFile transfers,
        ShipmentsFile shipments,
        DailyTables? tables)
    {
        _runDirectory = runDirectory;
        _tempDirectory = tempDirectory;
        _scenario = scenario;
        _provenance = provenance;
        _events = events;
        _transfers = transfers;
        _shipments = shipments;
        _tables = tables;
        _ranking = new OoadRanking(scenario.Network.Ooads);
    }

    private enum State
    {
        Recording,
        Completed,
        Faulted,
        Disposed,
    }

    /// <summary>
    /// Starts a run: creates the parent of <paramref name="runDirectory"/> if missing and a hidden temp directory
    /// next to it (<c>&lt;parent&gt;/.&lt;name&gt;.tmp-&lt;random&gt;</c>), and writes <c>scenario.yaml</c>.
    /// </summary>
    public static RunRecorder Begin(string runDirectory, Scenario scenario, ScenarioProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(provenance);
        var target = RunFolder.Normalise(runDirectory);
        var temp = RunFolder.CreateTemp(target);
        var opened = new List<IAsyncDisposable>();
        try
        {
            File.WriteAllText(Path.Combine(temp, OutputFileNames.Scenario), provenance.EffectiveYaml, TextFormat.Utf8);
            var events = EventsFile.Create(temp);
            opened.Add(events);
            var transfers = TransfersFile.Create(temp);
            opened.Add(transfers);
            var shipments = ShipmentsFile.Create(temp);
            opened.Add(shipments);
            var tables = DailyTables.Open(temp, scenario, opened);
            return new RunRecorder(target, temp, scenario, provenance, events, transfers, shipments, tables);
        }
        catch
        {
            // Close what was opened first: an open handle would keep the temp directory from being deleted on Windows.
            foreach (var file in opened)
            {
                file.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            RunFolder.Discard(temp);
            throw;
        }
    }

    /// <summary>
    /// Writes one day. Days must arrive in order 0, 1, … <see cref="Scenario.Days"/> − 1, dated by the scenario,
    /// with reports in canonical order; anything else throws <see cref="ArgumentException"/> and writes nothing.
    /// </summary>
    public void Record(DayResult day)
    {
        ArgumentNullException.ThrowIfNull(day);
        RequireState(State.Recording);
        DayResultChecks.Validate(day, _nextDay, _scenario);

        var byOoad = DayAggregates.ByOoad(day, _scenario.Network);
        var national = DayAggregates.Nationally(day);
        try
        {
            _tables?.Write(day, byOoad, national);
            foreach (var e in day.Events)
            {
                _events.Write(day.Date, e);
            }

            foreach (var transfer in day.Transfers.IsDefault ? [] : day.Transfers)
            {
                _transfers.Write(day.Date, transfer);
            }

            foreach (var shipment in day.Shipments.IsDefault ? [] : day.Shipments)
            {
                _shipments.Write(_scenario.DateOf(shipment.ShippedDay), _scenario.DateOf(shipment.DueDay), shipment);
            }
        }
        catch
        {
            // A half-written row cannot be taken back; the run can only be abandoned now.
            _state = State.Faulted;
            throw;
        }

        _kpis.Observe(day.Date, national);
        _ranking.Observe(byOoad);
        _timeline.Observe(day.Date, day.Events);
        _nextDay++;
    }

    /// <summary>
    /// Writes the Parquet files, the charts (<c>plots/</c>, when the scenario asks), <c>summary.md</c> and <c>manifest.json</c>, then moves the run into place,
    /// replacing an existing run directory. Requires every day of the scenario to have been recorded.
    /// </summary>
    public async Task<RunOutcome> CompleteAsync(ExecutionInfo execution, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(execution);
        RequireState(State.Recording);
        if (_nextDay != _scenario.Days)
        {
            throw new InvalidOperationException($"Recorded {_nextDay} of the scenario's {_scenario.Days} days.");
        }

        // Until the directory is published, any failure leaves a run that can only be discarded.
        _state = State.Faulted;
        if (_tables is not null)
        {
            await _tables.CompleteAsync(ct);
        }

        await _events.DisposeAsync();
        await _transfers.DisposeAsync();
        await _shipments.DisposeAsync();
        if (_tables?.Series is var (ooads, national))
        {
            await PlotWriter.WriteAsync(Path.Combine(_tempDirectory, PlotWriter.Directory), RunCharts.For(_scenario, ooads, national), ct);
        }

        var kpis = _kpis.ToKpis();
        var summary = SummaryWriter.Render(_scenario, kpis, _kpis.FirstDayBeds, _ranking, _timeline);
        await File.WriteAllTextAsync(Path.Combine(_tempDirectory, OutputFileNames.Summary), summary, TextFormat.Utf8, ct);

        var files = await FileDigest.DescribeAllAsync(_tempDirectory, ct);
        var manifest = ManifestWriter.Render(_scenario, _provenance, _kpis.FirstDayBeds, kpis, files, execution);
        await File.WriteAllBytesAsync(Path.Combine(_tempDirectory, OutputFileNames.Manifest), manifest, ct);
        var manifestFile = await FileDigest.DescribeAsync(_tempDirectory, OutputFileNames.Manifest, ct);

        ct.ThrowIfCancellationRequested();
        RunFolder.Publish(_tempDirectory, _runDirectory);
        _state = State.Completed;
        var all = files.Add(manifestFile).Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return new RunOutcome(_runDirectory, kpis, all);
    }

    /// <summary>Closes open files; when the run did not complete, deletes its temp directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_state == State.Disposed)
        {
            return;
        }

        var completed = _state == State.Completed;
        _state = State.Disposed;
        if (_tables is not null)
        {
            await _tables.DisposeAsync();
        }

        await _events.DisposeAsync();
        await _transfers.DisposeAsync();
        await _shipments.DisposeAsync();
        if (!completed)
        {
            RunFolder.Discard(_tempDirectory);
        }
    }

    private void RequireState(State expected)
    {
        if (_state != expected)
        {
            throw new InvalidOperationException(_state switch
            {
                State.Completed => "The run is already complete.",
                State.Faulted => "The run failed and can only be disposed.",
                State.Disposed => "The recorder is disposed.",
                _ => $"The recorder is {_state}.",
            });
        }
    }
}
