using Capacity.Domain.Staffing;
using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

/// <summary>The <c>staffing:</c> section: defaults, parsing, errors and the writer's round trip.</summary>
public class StaffingTests
{
    private const string Section = """
        staffing:
          enabled: true
          baseTeams: 500.5
          hires:
            - { date: 2020-04-04, teams: 0 }
            - { date: 2020-05-01, teams: 120 }
          absenceShare: 0.05
          split: planned-beds
          teamRounding: ooad
          infectionAbsence: 0.002

        """;

    [Fact]
    public void Left_out_staffing_is_disabled_with_the_seed_derived_pool()
    {
        var staffing = ScenarioText.Load(ScenarioText.Minimal).Scenario.Staffing!;

        Assert.False(staffing.Enabled);
        Assert.Equal(1388, staffing.BaseTeams);
        Assert.Equal([new(new DateOnly(2020, 4, 4), 0), new(new DateOnly(2020, 6, 30), 1188)], staffing.Hires.AsEnumerable());
        Assert.Equal(0.0303, staffing.AbsenceShare);
        Assert.Equal(StaffSplit.Affiliates, staffing.Split);
        Assert.Equal(TeamRounding.Hospital, staffing.Rounding);
        Assert.Equal(0, staffing.InfectionAbsence);
    }

    [Theory]
    [InlineData("affiliates", StaffSplit.Affiliates)]
    [InlineData("planned-beds", StaffSplit.PlannedBeds)]
    [InlineData("census-beds", StaffSplit.CensusBeds)]
    public void Each_split_code_is_mapped(string code, StaffSplit split) =>
        Assert.Equal(split, ScenarioText.Load(ScenarioText.MinimalWith($"staffing:\n  split: {code}\n")).Scenario.Staffing!.Split);

    [Theory]
    [InlineData("hospital", TeamRounding.Hospital)]
    [InlineData("ooad", TeamRounding.Ooad)]
    public void Each_team_rounding_code_is_mapped(string code, TeamRounding rounding) =>
        Assert.Equal(rounding, ScenarioText.Load(ScenarioText.MinimalWith($"staffing:\n  teamRounding: {code}\n")).Scenario.Staffing!.Rounding);

    [Fact]
    public void The_default_pool_fields_the_2497_erc_teams_of_30_june_2020()
    {
        Assert.Equal(2497, StaffPool.National(ScenarioDefaults.Staffing, new DateOnly(2020, 6, 30)));
        Assert.Equal(1345, StaffPool.National(ScenarioDefaults.Staffing, new DateOnly(2020, 4, 1)));
    }

    [Fact]
    public void A_written_section_is_mapped()
    {
        var staffing = ScenarioText.Load(ScenarioText.MinimalWith(Section)).Scenario.Staffing!;

        Assert.True(staffing.Enabled);
        Assert.Equal(500.5, staffing.BaseTeams);
        Assert.Equal([new(new DateOnly(2020, 4, 4), 0), new(new DateOnly(2020, 5, 1), 120)], staffing.Hires.AsEnumerable());
        Assert.Equal(0.05, staffing.AbsenceShare);
        Assert.Equal(StaffSplit.PlannedBeds, staffing.Split);
        Assert.Equal(TeamRounding.Ooad, staffing.Rounding);
        Assert.Equal(0.002, staffing.InfectionAbsence);
    }

    [Theory]
    [InlineData("absenceShare: 1", "staffing.absenceShare")]
    [InlineData("absenceShare: -0.1", "staffing.absenceShare")]
    [InlineData("baseTeams: -1", "staffing.baseTeams")]
    [InlineData("enabled: 1", "staffing.enabled")]
    [InlineData("teamz: 1", "staffing.teamz")]
    [InlineData("split: population", "staffing.split")]
    [InlineData("split: 1", "staffing.split")]
    [InlineData("teamRounding: national", "staffing.teamRounding")]
    [InlineData("infectionAbsence: -0.01", "staffing.infectionAbsence")]
    [InlineData("infectionAbsence: 2", "staffing.infectionAbsence")]
    [InlineData("infectionAbsence: many", "staffing.infectionAbsence")]
    public void Invalid_fields_are_reported_at_their_path(string field, string path)
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith($"staffing:\n  {field}\n"));

        Assert.Equal(path, error.Path);
        Assert.Equal(8, error.Line);
        Assert.Equal(ScenarioText.File, error.File);
        Assert.True(error.Column >= 3, $"column {error.Column}");
    }

    [Theory]
    [InlineData("split: population", "staffing.split", 10)]
    [InlineData("teamRounding: national", "staffing.teamRounding", 17)]
    [InlineData("infectionAbsence: -0.01", "staffing.infectionAbsence", 21)]
    public void The_new_staffing_fields_are_reported_at_file_line_and_column_of_their_value(string field, string path, int column)
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith($"staffing:\n  {field}\n"));

        Assert.Equal((ScenarioText.File, 8, column, path), (error.File, error.Line, error.Column, error.Path));
    }

    [Fact]
    public void Hire_points_out_of_date_order_are_an_error_at_the_date()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith(
            "staffing:\n  hires:\n    - { date: 2020-05-01, teams: 0 }\n    - { date: 2020-04-01, teams: 10 }\n"));

        Assert.Equal("staffing.hires[1].date", error.Path);
        Assert.Contains("must be after the previous hire point's date (2020-05-01)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Falling_cumulative_hires_are_an_error_at_the_teams()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith(
            "staffing:\n  hires:\n    - { date: 2020-04-01, teams: 10 }\n    - { date: 2020-05-01, teams: 5 }\n"));

        Assert.Equal("staffing.hires[1].teams", error.Path);
    }

    [Fact]
    public void ToYaml_round_trips_the_section()
    {
        var first = ScenarioText.Load(ScenarioText.MinimalWith(Section));

        var second = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(first.Scenario), "again.yaml");

        Assert.Equal(first.Scenario.Staffing!.Hires.AsEnumerable(), second.Scenario.Staffing!.Hires.AsEnumerable());
        Assert.Equal(first.Scenario.Staffing with { Hires = [] }, second.Scenario.Staffing with { Hires = [] });
        Assert.Equal(first.EffectiveYaml, second.EffectiveYaml);
    }
}
