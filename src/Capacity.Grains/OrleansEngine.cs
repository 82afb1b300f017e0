using System.Diagnostics;
using Capacity.Domain.Simulation;
using Capacity.Grains.Checkpoints;
using Capacity.Grains.Contracts;

namespace Capacity.Grains;

/// <summary>
/// Runs a scenario on an Orleans cluster through its <see cref="ISimulationGrain"/>. With checkpoints on, a failed day
/// (a silo lost, storage out of reach) is recovered: the run goes back to its last checkpoint, replays the days since
/// (checking each against its first run) and steps the failed day again, so the caller sees each day exactly once.
/// </summary>
public sealed class OrleansEngine : ISimulationEngine
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromSeconds(5);
    private readonly ISimulationGrain _simulation;
    private readonly CheckpointSettings _checkpoints;
    private readonly List<DayResult> _sinceCheckpoint = [];
    private readonly List<RunRecovery> _recoveries = [];

    private OrleansEngine(ISimulationGrain simulation, string runId, CheckpointSettings checkpoints)
    {
        _simulation = simulation;
        _checkpoints = checkpoints;
        RunId = runId;
    }

    /// <summary>Raised after each failure the run recovered from.</summary>
    public event Action<RunRecovery>? Recovered;

    /// <inheritdoc />
    public string Name => "orleans";

    /// <summary>The run id that namespaces every grain of this run.</summary>
    public string RunId { get; }

    /// <summary>Failures the run recovered from so far.</summary>
    public IReadOnlyList<RunRecovery> Recoveries => _recoveries;

    /// <summary>
    /// Starts a run of <paramref name="scenario"/> under <paramref name="runId"/>, checkpointed as
    /// <paramref name="checkpoints"/> says (default: no checkpoints).
    /// </summary>
    public static async Task<OrleansEngine> StartAsync(
        IGrainFactory grains, Scenario scenario, string runId, CheckpointSettings? checkpoints = null, CancellationToken cancellationToken = default)
    {
        var settings = checkpoints ?? CheckpointSettings.Off;
        var simulation = grains.GetGrain<ISimulationGrain>(runId);
        var engine = new OrleansEngine(simulation, runId, settings);
        Stopwatch? failing = null;
        while (true)
        {
            try
            {
                // Opening is idempotent: every grain replaces whatever state it had under this key.
                await simulation.Start(scenario, settings.EveryDays).WaitAsync(cancellationToken);
                return engine;
            }
            catch (Exception e) when (settings.Enabled && RunFailures.IsRecoverable(e))
            {
                failing ??= Stopwatch.StartNew();
                await engine.WaitBeforeRetryAsync(failing, e, "start", cancellationToken);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask<DayResult> StepAsync(int day, CancellationToken cancellationToken = default)
    {
        Stopwatch? failing = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var result = await _simulation.Step(day).WaitAsync(cancellationToken);
                Keep(result);
                return result;
            }
            catch (Exception e) when (_checkpoints.Enabled && RunFailures.IsRecoverable(e))
            {
                failing ??= Stopwatch.StartNew();
                await RecoverAsync(day, e, failing, cancellationToken);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _simulation.Close();
        }
        catch (Exception e) when (_checkpoints.Enabled && RunFailures.IsRecoverable(e))
        {
            // Every day is already delivered; a silo lost now only leaves its grains' checkpoint rows behind.
        }
    }

    // Results since the last committed checkpoint (a successful step of a checkpoint day committed it), to check replays.
    private void Keep(DayResult result)
    {
        if (!_checkpoints.Enabled)
        {
            return;
        }

        if (result.Day % _checkpoints.EveryDays == 0)
        {
            _sinceCheckpoint.Clear();
        }

        _sinceCheckpoint.Add(result);
    }

    private async Task RecoverAsync(int failedDay, Exception failure, Stopwatch failing, CancellationToken cancellationToken)
    {
        var cause = failure.Message;
        while (true)
        {
            await WaitBeforeRetryAsync(failing, failure, $"day {failedDay}", cancellationToken);
            try
            {
                var resumeAt = await _simulation.Recover().WaitAsync(cancellationToken);
                for (var day = resumeAt; day < failedDay; day++)
                {
                    Verify(await _simulation.Step(day).WaitAsync(cancellationToken));
                }

                var recovery = new RunRecovery(failedDay, resumeAt, cause, failing.Elapsed);
                _recoveries.Add(recovery);
                Recovered?.Invoke(recovery);
                return;
            }
            catch (Exception e) when (RunFailures.IsRecoverable(e))
            {
                failure = e;
            }
        }
    }

    private void Verify(DayResult replayed)
    {
        var first = _sinceCheckpoint.Find(r => r.Day == replayed.Day);
        if (first is not null && DayFingerprint.Of(first) != DayFingerprint.Of(replayed))
        {
            throw new ReplayMismatchException(
                $"Run {RunId}: day {replayed.Day} replayed from a checkpoint differs from its first run; the run stops rather than write results a clean run would not reproduce.");
        }
    }

    private async Task WaitBeforeRetryAsync(Stopwatch failing, Exception failure, string what, CancellationToken cancellationToken)
    {
        if (failing.Elapsed > _checkpoints.RecoveryTimeout)
        {
            throw new RunRecoveryFailedException(
                $"Run {RunId} could not recover ({what}) within {_checkpoints.RecoveryTimeout.TotalSeconds:0} s; last error: {failure.GetType().Name}: {failure.Message}",
                failure);
        }

        var attempt = Math.Min(failing.Elapsed.TotalMilliseconds, LongestRetryDelay.TotalMilliseconds);
        await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(FirstRetryDelay.TotalMilliseconds, attempt / 2)), cancellationToken);
    }
}
