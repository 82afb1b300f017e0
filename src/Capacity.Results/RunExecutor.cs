using System.Diagnostics;
using System.Reflection;
using Capacity.Domain.Simulation;

namespace Capacity.Results;

/// <summary>
/// Steps an engine through every day of a scenario and records the run directory atomically: the one way
/// runs are executed, shared by the CLI, the tests and the web host.
/// </summary>
public static class RunExecutor
{
    /// <summary>Package version written to manifests.</summary>
    public static string PackageVersion { get; } =
        typeof(RunExecutor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>
    /// Runs days 0..N−1 and publishes the run directory; on failure or cancellation nothing is left behind.
    /// <paramref name="onDayDone"/> sees every day's result once it is recorded (progress bars, the web host's live view).
    /// </summary>
    public static async Task<RunOutcome> ExecuteAsync(
        ISimulationEngine engine,
        int silos,
        Scenario scenario,
        ScenarioProvenance provenance,
        string runDirectory,
        Action<DayResult>? onDayDone = null,
        CancellationToken cancellationToken = default)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await using var recorder = RunRecorder.Begin(runDirectory, scenario, provenance);
        for (var day = 0; day < scenario.Days; day++)
        {
            var result = await engine.StepAsync(day, cancellationToken);
            recorder.Record(result);
            onDayDone?.Invoke(result);
        }

        var execution = new ExecutionInfo(
            engine.Name, silos, clock.Elapsed, startedAt, PackageVersion, Environment.MachineName, Environment.ProcessorCount);
        return await recorder.CompleteAsync(execution, cancellationToken);
    }
}
