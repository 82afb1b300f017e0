using Capacity.Domain.Demand;
using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

/// <summary>The observed model: a CSV of daily admissions per OOAD next to the scenario file.</summary>
public sealed class ObservedDemandTests : IDisposable
{
    private const string Good = """
        date,ooad,admissions,icu_admissions
        2020-03-01,ags,10,3
        2020-03-08,ags,24,6
        2020-03-01,cdmx-norte,5,
        2020-03-01,nay,0,0
        2020-03-01,yuc,1.5,0.5

        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("capacity-observed-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_file_is_read_next_to_the_scenario_and_weekly_points_are_interpolated_daily()
    {
        var demand = Load(Good).Scenario.Demand;

        Assert.Equal(DemandModelKind.Observed, demand.Model);
        var observed = demand.Observed!;
        Assert.Equal((10.0, (double?)0.3), observed.On("ags", new DateOnly(2020, 3, 1)));
        Assert.Equal(12, observed.On("ags", new DateOnly(2020, 3, 2)).Admissions, 1e-12);
        Assert.Equal((0.0, (double?)null), observed.On("ags", new DateOnly(2020, 3, 9)));
        Assert.Null(observed.On("cdmx-norte", new DateOnly(2020, 3, 1)).IcuShare);
    }

    [Fact]
    public void The_effective_scenario_pins_the_files_hash_and_a_changed_file_is_an_error_at_the_hash()
    {
        var loaded = Load(Good);
        Assert.Contains("sha256: " + loaded.Scenario.Demand.Observed!.Sha256, loaded.EffectiveYaml, StringComparison.Ordinal);
        var rerun = Path.Combine(_directory, "rerun.yaml");
        File.WriteAllText(rerun, loaded.EffectiveYaml);
        Assert.Equal(loaded.EffectiveYaml, ScenarioLoader.LoadFile(rerun).EffectiveYaml);

        File.AppendAllText(Path.Combine(_directory, "admissions.csv"), "2020-03-15,ags,30,9\n");

        var error = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(rerun)).Errors);
        Assert.Equal("demand.observed.sha256", error.Path);
        Assert.Contains("has changed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020-03-01,nay,-1,0\n", 4, 3, "admissions: must not be negative")]
    [InlineData("2020-03-01,jal,1,0\n", 4, 2, "ooad: unknown OOAD 'jal'")]
    [InlineData("2020-02-30,nay,1,0\n", 4, 1, "date: must be a date yyyy-MM-dd")]
    [InlineData("2020-03-01,nay,2,3\n", 4, 4, "icu_admissions: 3 ICU admissions are more than")]
    [InlineData("2020-03-01,nay,x,0\n", 4, 3, "admissions: must be a number")]
    public void A_bad_row_is_an_error_at_its_line_and_column_of_the_csv(string row, int line, int column, string message)
    {
        var csv = "date,ooad,admissions,icu_admissions\n2020-03-01,ags,1,0\n2020-03-01,cdmx-norte,1,0\n" + row + "2020-03-01,yuc,1,0\n2020-03-02,nay,1,0\n";

        var errors = Errors(csv);

        var error = Assert.Single(errors);
        Assert.Equal(("admissions.csv", line, column, "demand.observed.file"), (error.File, error.Line, error.Column, error.Path));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_ooad_of_the_network_needs_rows()
    {
        var error = Assert.Single(Errors("date,ooad,admissions\n2020-03-01,ags,1\n2020-03-01,nay,1\n2020-03-01,yuc,1\n"));

        Assert.Equal("OOAD 'cdmx-norte' of the network has no rows", error.Message);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("date,ooad,admissions\n", "the file has no data rows")]
    [InlineData("date,ooad,count\n2020-03-01,ags,1\n", "the header has no 'admissions' column")]
    public void An_empty_file_or_a_missing_column_is_an_error(string csv, string message)
    {
        var errors = Errors(csv);

        Assert.Contains(errors, e => e.Message.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_row_for_the_same_ooad_and_date_is_an_error()
    {
        var error = Assert.Single(Errors(Good + "2020-03-08,ags,3,1\n"));

        Assert.StartsWith("date: a second row for OOAD 'ags' on 2020-03-08", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_error_at_the_file_field()
    {
        var path = Path.Combine(_directory, "scenario.yaml");
        File.WriteAllText(path, ScenarioText.MinimalWith("demand:\n  model: observed\n  observed:\n    file: nowhere.csv\n"));

        var error = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path)).Errors);

        Assert.Equal(("demand.observed.file", 10), (error.Path, error.Line));
        Assert.Contains("cannot read 'nowhere.csv'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uploaded_text_with_a_data_directory_reads_the_file_from_it()
    {
        File.WriteAllText(Path.Combine(_directory, "admissions.csv"), Good);
        var yaml = ScenarioText.MinimalWith("demand:\n  model: observed\n  observed:\n    file: admissions.csv\n");

        var loaded = ScenarioLoader.LoadText(yaml, "upload.yaml", null, _directory);

        Assert.Equal(DemandModelKind.Observed, loaded.Scenario.Demand.Model);
    }

    [Theory]
    [InlineData("../outside.csv")]
    [InlineData("/etc/passwd")]
    public void Uploaded_text_cannot_name_a_file_outside_its_data_directory(string file)
    {
        var inner = Directory.CreateDirectory(Path.Combine(_directory, "scenarios")).FullName;
        File.WriteAllText(Path.Combine(_directory, "outside.csv"), Good);
        var yaml = ScenarioText.MinimalWith($"demand:\n  model: observed\n  observed:\n    file: {file}\n");

        var error = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(yaml, "upload.yaml", null, inner)).Errors);

        Assert.Equal(("upload.yaml", "demand.observed.file"), (error.File, error.Path));
        Assert.Contains("outside the scenarios folder", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
    }

    private LoadedScenario Load(string csv)
    {
        File.WriteAllText(Path.Combine(_directory, "admissions.csv"), csv);
        var path = Path.Combine(_directory, "scenario.yaml");
        File.WriteAllText(path, ScenarioText.MinimalWith("demand:\n  model: observed\n  observed:\n    file: admissions.csv\n"));
        return ScenarioLoader.LoadFile(path);
    }

    private IReadOnlyList<ScenarioError> Errors(string csv) => Assert.Throws<ScenarioException>(() => Load(csv)).Errors;
}
