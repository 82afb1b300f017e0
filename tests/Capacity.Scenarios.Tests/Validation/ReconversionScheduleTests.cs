using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

public class ReconversionScheduleTests
{
    [Fact]
    public void Step_dates_must_be_strictly_ascending()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              policy: schedule
              schedule:
                - { date: 2020-03-30, phase: phase-1, hospitals: 5, covidBeds: 50, exclusiveHospitals: 0 }
                - { date: 2020-03-30, phase: phase-1, hospitals: 6, covidBeds: 60, exclusiveHospitals: 0 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError(
                "test.yaml", 11, 15, "reconversion.schedule[1].date", "must be after the previous step's date (2020-03-30), got 2020-03-30"),
            error);
    }

    [Fact]
    public void A_step_out_of_order_is_compared_with_the_last_step_in_order()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              schedule:
                - { date: 2020-03-30, phase: phase-1, hospitals: 5, covidBeds: 50, exclusiveHospitals: 0 }
                - { date: 2020-03-24, phase: phase-1, hospitals: 5, covidBeds: 50, exclusiveHospitals: 0 }
                - { date: 2020-03-27, phase: phase-1, hospitals: 5, covidBeds: 50, exclusiveHospitals: 0 }

            """);

        var errors = ScenarioText.Errors(yaml);

        Assert.Equal(
            [
                new ScenarioError(
                    "test.yaml", 10, 15, "reconversion.schedule[1].date", "must be after the previous step's date (2020-03-30), got 2020-03-24"),
                new ScenarioError(
                    "test.yaml", 11, 15, "reconversion.schedule[2].date", "must be after the previous step's date (2020-03-30), got 2020-03-27"),
            ],
            errors);
    }

    [Fact]
    public void A_step_with_no_hospitals_and_no_beds_is_valid()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              policy: schedule
              schedule:
                - { date: 2020-03-30, phase: phase-1, hospitals: 0, covidBeds: 0, exclusiveHospitals: 0 }

            """);

        var step = Assert.Single(ScenarioText.Load(yaml).Scenario.Reconversion.Schedule);

        Assert.Equal((0, 0, 0), (step.Hospitals, step.CovidBeds, step.ExclusiveHospitals));
    }

    [Fact]
    public void Step_phases_must_not_go_back()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              policy: schedule
              schedule:
                - { date: 2020-03-24, phase: phase-2, hospitals: 5, covidBeds: 50, exclusiveHospitals: 0 }
                - { date: 2020-03-30, phase: scenario-2, hospitals: 6, covidBeds: 60, exclusiveHospitals: 0 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError(
                "test.yaml", 11, 34, "reconversion.schedule[1].phase", "must not come before the previous step's phase (phase-2), got scenario-2"),
            error);
    }

    [Fact]
    public void Impossible_step_date_is_an_error()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              schedule:
                - { date: 2020-02-30, phase: phase-1, hospitals: 5, covidBeds: 50, exclusiveHospitals: 0 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError("test.yaml", 9, 15, "reconversion.schedule[0].date", "expected a date written yyyy-MM-dd, got '2020-02-30'"),
            error);
    }

    [Fact]
    public void Unknown_phase_lists_the_known_ones()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              schedule:
                - { date: 2020-03-30, phase: phase-4, hospitals: 5, covidBeds: 50, exclusiveHospitals: 0 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError(
                "test.yaml", 9, 34, "reconversion.schedule[0].phase",
                "must be one of scenario-1, scenario-2, phase-1, phase-2, phase-3; got 'phase-4'"),
            error);
    }

    [Fact]
    public void Step_without_covid_beds_is_missing_a_required_field()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              schedule:
                - { date: 2020-03-30, phase: phase-1, hospitals: 5, exclusiveHospitals: 0 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError("test.yaml", 9, 7, "reconversion.schedule[0].covidBeds", "missing required field 'covidBeds'"),
            error);
    }

    [Fact]
    public void Exclusive_hospitals_above_the_step_hospitals_is_an_error()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              schedule:
                - { date: 2020-05-01, phase: phase-3, hospitals: 3, covidBeds: 50, exclusiveHospitals: 4 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError("test.yaml", 9, 92, "reconversion.schedule[0].exclusiveHospitals", "must be ≤ hospitals (3), got 4"),
            error);
    }

    [Fact]
    public void Exclusive_hospitals_before_phase_3_is_an_error()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              schedule:
                - { date: 2020-04-06, phase: phase-2, hospitals: 8, covidBeds: 50, exclusiveHospitals: 1 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError(
                "test.yaml", 9, 92, "reconversion.schedule[0].exclusiveHospitals",
                "must be 0 before phase-3 (COVID-exclusive hospitals came with Phase III), got 1"),
            error);
    }

    [Fact]
    public void Step_with_more_hospitals_than_the_network_holds_cannot_be_laid_out()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              schedule:
                - { date: 2020-03-30, phase: phase-1, hospitals: 30, covidBeds: 50, exclusiveHospitals: 0 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError(
                "test.yaml", 9, 7, "reconversion.schedule[0]",
                "cannot be laid out on network imss-2020-mini: 30 hospitals, but the network has 23 UMAE and second-level hospitals."),
            error);
    }

    [Fact]
    public void Step_with_more_beds_than_its_hospitals_hold_cannot_be_laid_out()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              schedule:
                - { date: 2020-03-30, phase: phase-1, hospitals: 1, covidBeds: 368, exclusiveHospitals: 0 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError(
                "test.yaml", 9, 7, "reconversion.schedule[0]",
                "cannot be laid out on network imss-2020-mini: 368 COVID beds leave 368 for the hybrid hospitals, whose census beds hold 0 to 367."),
            error);
    }

    [Fact]
    public void Exclusive_hospitals_need_second_level_hospitals_among_those_selected()
    {
        // The five largest hospitals of imss-2020-mini are its UMAE, which stay hybrid.
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              schedule:
                - { date: 2020-05-01, phase: phase-3, hospitals: 5, covidBeds: 500, exclusiveHospitals: 1 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError(
                "test.yaml", 9, 7, "reconversion.schedule[0]",
                "cannot be laid out on network imss-2020-mini: 1 COVID-exclusive hospitals but only 0 second-level hospitals among the 5 selected."),
            error);
    }

    [Fact]
    public void Every_step_that_cannot_be_laid_out_is_reported()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              schedule:
                - { date: 2020-03-24, phase: scenario-2, hospitals: 24, covidBeds: 50, exclusiveHospitals: 0 }
                - { date: 2020-03-30, phase: phase-1, hospitals: 5, covidBeds: 50, exclusiveHospitals: 0 }
                - { date: 2020-04-06, phase: phase-2, hospitals: 25, covidBeds: 60, exclusiveHospitals: 0 }

            """);

        var errors = ScenarioText.Errors(yaml);

        Assert.Equal(
            [
                new ScenarioError(
                    "test.yaml", 9, 7, "reconversion.schedule[0]",
                    "cannot be laid out on network imss-2020-mini: 24 hospitals, but the network has 23 UMAE and second-level hospitals."),
                new ScenarioError(
                    "test.yaml", 11, 7, "reconversion.schedule[2]",
                    "cannot be laid out on network imss-2020-mini: 25 hospitals, but the network has 23 UMAE and second-level hospitals."),
            ],
            errors);
    }

    [Fact]
    public void Schedule_policy_with_nothing_to_schedule_is_an_error_at_the_policy()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("reconversion:\n  policy: schedule\n  schedule: []\n"));

        Assert.Equal(
            new ScenarioError("test.yaml", 8, 11, "reconversion.policy", "schedule policy needs at least one step or temporary unit"),
            error);
    }

    [Fact]
    public void Unknown_policy_lists_the_known_ones()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("reconversion:\n  policy: demand-trigger\n"));

        Assert.Equal(
            new ScenarioError(
                "test.yaml", 8, 11, "reconversion.policy",
                "must be one of no-reconversion, schedule, occupancy-trigger, forecast-trigger; got 'demand-trigger'"),
            error);
    }

    [Fact]
    public void Lead_days_out_of_range_states_the_range()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("reconversion:\n  leadDays: 0\n"));

        Assert.Equal(new ScenarioError("test.yaml", 8, 13, "reconversion.leadDays", "must be ≥ 1 and ≤ 120, got 0"), error);
    }
}
