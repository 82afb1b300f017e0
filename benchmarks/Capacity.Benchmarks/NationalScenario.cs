using Capacity.Domain.Simulation;
using Capacity.Scenarios;

namespace Capacity.Benchmarks;

/// <summary>The national scenario from scenarios/, found from the benchmark's working directory.</summary>
internal static class NationalScenario
{
    public static Scenario Load(int? days = null)
    {
        var overrides = days is null ? [] : new[] { new ScenarioOverride("days", days.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        return ScenarioLoader.LoadFile(Path.Combine(RepoRoot(), "scenarios", "national-2020.yaml"), overrides).Scenario;
    }

    private static string RepoRoot()
    {
        // BenchmarkDotNet runs the benchmark from a generated folder under bin/; walk up to the repository.
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Capacity.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Capacity.sln not found; run the benchmarks from the repository.");
    }
}
