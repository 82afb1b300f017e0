using Capacity.Domain.Simulation;
using Capacity.Results.Tests.TestData;
using Capacity.Results.Validation;

namespace Capacity.Results.Tests.Validation;

/// <summary>What the report says about directories it cannot read; it writes nothing for them.</summary>
public sealed class RunDirectoryErrorTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task A_missing_directory_is_named()
    {
        var missing = _root.Combine("nowhere");

        var error = await Assert.ThrowsAsync<RunDirectoryException>(() => ValidationReport.LoadAsync(missing, 0.05));

        Assert.Equal($"{missing} is not a directory.", error.Message);
    }

    [Fact]
    public async Task A_directory_without_manifest_is_not_a_run()
    {
        var directory = _root.Combine("empty");
        Directory.CreateDirectory(directory);

        var error = await Assert.ThrowsAsync<RunDirectoryException>(() => ValidationReport.LoadAsync(directory, 0.05));

        Assert.Equal($"{Path.Combine(directory, "manifest.json")} is missing: not a run directory, or the run did not complete.", error.Message);
        Assert.Empty(TempRoot.Entries(directory));
    }

    [Fact]
    public async Task A_run_without_daily_tables_needs_csv_or_parquet()
    {
        var scenario = PhaseRun.Scenario() with { Outputs = [] };
        var outcome = await Runs.RecordAsync(_root.Combine("run"), scenario, PhaseRun.Days(scenario));

        var error = await Assert.ThrowsAsync<RunDirectoryException>(() => ValidationReport.LoadAsync(outcome.RunDirectory, 0.05));

        Assert.Equal(
            $"{outcome.RunDirectory} has neither daily_hospital.csv nor daily_hospital.parquet: the run wrote no daily tables (outputs.formats).",
            error.Message);
    }

    [Fact]
    public async Task A_hospital_table_from_before_the_reconversion_columns_asks_for_a_rerun()
    {
        var outcome = await PhaseRun.RecordAsync(_root.Combine("run"), OutputFormat.Csv);
        var csv = Path.Combine(outcome.RunDirectory, "daily_hospital.csv");
        await File.WriteAllTextAsync(csv, "day,date,hospital_id,ooad,covid_ward_beds,covid_icu_beds\n0,2020-06-27,r1,aaa,5,0\n");

        var error = await Assert.ThrowsAsync<RunDirectoryException>(() => ValidationReport.LoadAsync(outcome.RunDirectory, 0.05));

        Assert.Equal(
            "daily_hospital.csv has no column 'type': it was written by an older version without the reconversion columns. Rerun the scenario.",
            error.Message);
    }

    [Fact]
    public async Task An_unknown_phase_code_is_reported_with_its_line()
    {
        var outcome = await PhaseRun.RecordAsync(_root.Combine("run"), OutputFormat.Csv);
        var csv = Path.Combine(outcome.RunDirectory, "daily_hospital.csv");
        var lines = await File.ReadAllLinesAsync(csv);
        lines[2] = lines[2].Replace(",phase_1,", ",phase_9,", StringComparison.Ordinal);
        await File.WriteAllTextAsync(csv, string.Join('\n', lines) + "\n");

        var error = await Assert.ThrowsAsync<RunDirectoryException>(() => ValidationReport.LoadAsync(outcome.RunDirectory, 0.05));

        Assert.Equal(
            "daily_hospital.csv line 3: 'phase_9' is not a known phase (none, phase_1, phase_2, phase_3, reverted, scenario_1, scenario_2).",
            error.Message);
    }

    [Fact]
    public async Task A_manifest_that_is_not_json_is_reported()
    {
        var outcome = await PhaseRun.RecordAsync(_root.Combine("run"), OutputFormat.Csv);
        var manifest = Path.Combine(outcome.RunDirectory, "manifest.json");
        await File.WriteAllTextAsync(manifest, "{ \"formatVersion\": 2 }");

        var error = await Assert.ThrowsAsync<RunDirectoryException>(() => ValidationReport.LoadAsync(outcome.RunDirectory, 0.05));

        Assert.StartsWith($"{manifest} is not a run manifest: ", error.Message, StringComparison.Ordinal);
    }
}
