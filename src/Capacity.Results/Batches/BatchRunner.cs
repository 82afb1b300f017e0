using System.Collections.Immutable;
using System.Runtime.ExceptionServices;

namespace Capacity.Results.Batches;

/// <summary>
/// Runs several scenarios, at most <c>parallel</c> at once, each into a normal run directory below one output
/// directory, and publishes that directory atomically (<see cref="RunFolder"/>): readers see no output, the old
/// one or the new complete one. The first failure cancels the other runs; failure or cancellation leaves nothing.
/// </summary>
internal static class BatchRunner
{
    public static async Task<ImmutableArray<RunOutcome>> RunAsync(
        string outputDirectory,
        IReadOnlyList<BatchRun> runs,
        EngineFactory engines,
        int parallel,
        Action<BatchRun, RunOutcome>? onRunDone,
        Func<string, ImmutableArray<RunOutcome>, CancellationToken, Task> finish,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        var target = RunFolder.Normalise(outputDirectory);
        var temp = RunFolder.CreateTemp(target);
        try
        {
            var outcomes = await RunAllAsync(temp, runs, engines, parallel, onRunDone, cancellationToken);
            await finish(temp, outcomes, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            RunFolder.Publish(temp, target);
            return [.. outcomes.Select(o => o with { RunDirectory = Path.Combine(target, Path.GetFileName(o.RunDirectory)) })];
        }
        catch
        {
            RunFolder.Discard(temp);
            throw;
        }
    }

    private static async Task<ImmutableArray<RunOutcome>> RunAllAsync(
        string temp,
        IReadOnlyList<BatchRun> runs,
        EngineFactory engines,
        int parallel,
        Action<BatchRun, RunOutcome>? onRunDone,
        CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var gate = new SemaphoreSlim(parallel);
        var tasks = runs.Select(async run =>
        {
            await gate.WaitAsync(stop.Token);
            try
            {
                var started = await engines(run.Scenario.Scenario, stop.Token);
                await using var engine = started.Engine;
                var outcome = await RunExecutor.ExecuteAsync(
                    engine,
                    started.Silos,
                    run.Scenario.Scenario,
                    new ScenarioProvenance(run.Scenario.SourcePath, run.Scenario.EffectiveYaml, run.Scenario.Sha256),
                    Path.Combine(temp, run.Name),
                    null,
                    stop.Token);
                onRunDone?.Invoke(run, outcome);
                return outcome;
            }
            catch
            {
                // One failed run fails the batch: stop the others instead of finishing work that will be thrown away.
                await stop.CancelAsync();
                throw;
            }
            finally
            {
                gate.Release();
            }
        }).ToArray();

        try
        {
            return [.. await Task.WhenAll(tasks)];
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // WhenAll reports the first task's exception; when that is the cancellation we caused, report the cause.
            var cause = tasks.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!).FirstOrDefault(e => e is not OperationCanceledException);
            if (cause is not null)
            {
                ExceptionDispatchInfo.Throw(cause);
            }

            throw;
        }
    }
}
