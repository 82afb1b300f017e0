using Capacity.Domain.Simulation;

namespace Capacity.Server.Runs;

/// <summary>
/// The mutable state of one run, owned by <see cref="RunRegistry"/>: updated by the run's task, read by requests as
/// <see cref="RunStatus"/> snapshots. Every update wakes whoever waits in <see cref="WaitForChangeAsync"/> (the progress stream).
/// </summary>
internal sealed class RunRecord
{
    private readonly Lock _gate = new();
    private readonly List<NationalPoint> _history = [];
    private TaskCompletionSource _changed = NewSignal();
    private RunState _state;
    private int _daysDone;
    private double _progress;
    private DateTimeOffset? _startedAt;
    private DateTimeOffset? _finishedAt;
    private string? _error;

    public RunRecord(
        string id, string scenario, long seed, int days, int replicas, string directory, RunState state,
        DateTimeOffset? startedAt = null, DateTimeOffset? finishedAt = null)
    {
        _startedAt = startedAt;
        _finishedAt = finishedAt;
        Id = id;
        Scenario = scenario;
        Seed = seed;
        Days = days;
        Replicas = replicas;
        Directory = directory;
        _state = state;
        if (state == RunState.Completed)
        {
            _daysDone = days;
            _progress = 1;
        }
    }

    public string Id { get; }

    public string Scenario { get; }

    public long Seed { get; }

    public int Days { get; }

    public int Replicas { get; }

    /// <summary>The run directory (it exists only once the run completed: runs are published atomically).</summary>
    public string Directory { get; }

    /// <summary>Cancels the run's task.</summary>
    public CancellationTokenSource Cancellation { get; } = new();

    /// <summary>The run's task (null for runs found on disk).</summary>
    public Task? Execution { get; set; }

    public RunState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>The run now; with the live days from <paramref name="historyFrom"/> on (none when null).</summary>
    public RunStatus Snapshot(int? historyFrom)
    {
        lock (_gate)
        {
            return new RunStatus(
                Id, Scenario, Seed, Days, Replicas, _state, _daysDone, _progress, _startedAt, _finishedAt, _error,
                _history.Count > 0 ? _history[^1] : null,
                historyFrom is { } from ? _history[Math.Min(from, _history.Count)..] : null);
        }
    }

    public void MarkRunning() => Update(() =>
    {
        _state = RunState.Running;
        _startedAt = DateTimeOffset.UtcNow;
    });

    /// <summary>A day of the (first) replica is recorded.</summary>
    public void DayDone(DayResult result) => Update(() =>
    {
        _history.Add(Point(result));
        if (Replicas == 1)
        {
            _daysDone = result.Day + 1;
            _progress = (double)_daysDone / Days;
        }
    });

    /// <summary>A replica of an ensemble finished.</summary>
    public void ReplicaDone(int replicasDone) => Update(() =>
    {
        _progress = (double)replicasDone / Replicas;
        _daysDone = (int)Math.Round(_progress * Days);
    });

    public void Finish(RunState state, string? error = null) => Update(() =>
    {
        _state = state;
        _error = error;
        _finishedAt = DateTimeOffset.UtcNow;
        if (state == RunState.Completed)
        {
            _daysDone = Days;
            _progress = 1;
        }
    });

    /// <summary>Completes on the next update (at once when the run is already finished).</summary>
    public Task WaitForChangeAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _state is RunState.Completed or RunState.Failed or RunState.Cancelled
                ? Task.CompletedTask
                : _changed.Task.WaitAsync(cancellationToken);
        }
    }

    private void Update(Action change)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            change();
            signal = _changed;
            _changed = NewSignal();
        }

        signal.TrySetResult();
    }

    private static NationalPoint Point(DayResult result)
    {
        int census = 0, beds = 0, turnedAway = 0;
        foreach (var h in result.Hospitals)
        {
            census += h.Census.Ward + h.Census.Icu + h.StretcherCensus;
            beds += h.Beds.Ward + h.Beds.Icu;
            turnedAway += h.TurnedAway.Ward + h.TurnedAway.Icu;
        }

        return new NationalPoint(result.Day, result.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), census, beds, turnedAway);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
