using Capacity.Domain.Simulation;
using Capacity.Results;
using Capacity.Scenarios;

namespace Capacity.Grains.Tests.Support;

/// <summary>Runs a scenario with a given engine into a fresh temporary run directory.</summary>
public static class TestRuns
{
    private static int _counter;

    /// <summary>A run id no other test uses.</summary>
    public static string NewRunId(string prefix) => $"{prefix}-{Interlocked.Increment(ref _counter)}";

    /// <summary>Loads a scenario from scenarios/ with overrides given as "path=value".</summary>
    public static LoadedScenario Load(string file, params string[] overrides) =>
        ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", file), overrides.Select(ScenarioOverride.Parse).ToList());

    /// <summary>Runs to a new directory under the system temp folder and returns its path.</summary>
    public static async Task<string> WriteAsync(ISimulationEngine engine, LoadedScenario loaded, int silos)
    {
        var directory = Path.Combine(Path.GetTempPath(), "capacity-tests", NewRunId(engine.Name));
        var outcome = await RunExecutor.ExecuteAsync(
            engine, silos, loaded.Scenario, new ScenarioProvenance(loaded.SourcePath, loaded.EffectiveYaml, loaded.Sha256), directory);
        return outcome.RunDirectory;
    }
}
