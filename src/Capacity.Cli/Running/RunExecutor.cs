using System.Diagnostics;
using System.Reflection;
using Capacity.Domain.Simulation;
using Capacity.Results;
using Capacity.Scenarios;

namespace Capacity.Cli.Running;

/// <summary>Steps an engine through every day of a scenario and records the run directory atomically.</summary>
internal static class RunExecutor
{
    /// <summary>Package version written to manifests.</summary>
    public static string PackageVersion { get; } =
        typeof(RunExecutor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static async Task<RunOutcome> ExecuteAsync(
        ISimulationEngine engine,
        int silos,
        LoadedScenario loaded,
        string runDirectory,
        Action<int>? onDayDone,
        CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var scenario = loaded.Scenario;
        await using var recorder = RunRecorder.Begin(
            runDirectory, scenario, new ScenarioProvenance(loaded.SourcePath, loaded.EffectiveYaml, loaded.Sha256));
        for (var day = 0; day < scenario.Days; day++)
        {
            recorder.Record(await engine.StepAsync(day, cancellationToken));
            onDayDone?.Invoke(day + 1);
        }

        var execution = new ExecutionInfo(
            engine.Name, silos, clock.Elapsed, startedAt, PackageVersion, Environment.MachineName, Environment.ProcessorCount);
        return await recorder.CompleteAsync(execution, cancellationToken);
    }
}
