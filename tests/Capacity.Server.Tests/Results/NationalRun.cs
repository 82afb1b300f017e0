using Capacity.Domain.Simulation;
using Capacity.Results;
using Capacity.Scenarios;

namespace Capacity.Server.Tests.Results;

/// <summary>One 100-day national replay (inline kernel, CSV only), shared by the result readers' tests.</summary>
public sealed class NationalRun : IAsyncLifetime
{
    public const int Days = 100;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "capacity-national-" + Guid.NewGuid().ToString("N"));

    public async ValueTask InitializeAsync()
    {
        var loaded = ScenarioLoader.LoadFile(
            RepositoryRoot.Combine("scenarios", "national-2020.yaml"),
            [new ScenarioOverride("days", Days.ToString(System.Globalization.CultureInfo.InvariantCulture)), new ScenarioOverride("outputs.formats", "[csv]"), new ScenarioOverride("outputs.plots", "false")]);
        await using var engine = new InlineSimulator(loaded.Scenario);
        await RunExecutor.ExecuteAsync(engine, 0, loaded.Scenario, new ScenarioProvenance(loaded.SourcePath, loaded.EffectiveYaml, loaded.Sha256), Directory);
    }

    public ValueTask DisposeAsync()
    {
        System.IO.Directory.Delete(Directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
