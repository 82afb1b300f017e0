using Capacity.Domain.Simulation;
using Capacity.Results.Tests.TestData;

namespace Capacity.Results.Tests.Tables;

public sealed class OutputFormatTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task A_csv_only_scenario_writes_no_parquet_files()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"), OutputFormat.Csv);

        Assert.Equal(
            [
                "daily_hospital.csv", "daily_national.csv", "daily_ooad.csv", "daily_warehouse.csv",
                "events.csv", "manifest.json", "scenario.yaml", "shipments.csv", "summary.md", "transfers.csv",
            ],
            TempRoot.Entries(outcome.RunDirectory));
    }

    [Fact]
    public async Task A_parquet_only_scenario_writes_no_daily_csv_files()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"), OutputFormat.Parquet);

        Assert.Equal(
            [
                "daily_hospital.parquet", "daily_national.parquet", "daily_ooad.parquet", "daily_warehouse.parquet",
                "events.csv", "manifest.json", "scenario.yaml", "shipments.csv", "summary.md", "transfers.csv",
            ],
            TempRoot.Entries(outcome.RunDirectory));
    }

    [Fact]
    public async Task Scenario_yaml_is_the_effective_yaml_verbatim()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        Assert.Equal(ScenarioFactory.Provenance.EffectiveYaml, await File.ReadAllTextAsync(Path.Combine(outcome.RunDirectory, "scenario.yaml")));
    }
}
