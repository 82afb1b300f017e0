using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

/// <summary>Temporary units, reversion and trigger of the <c>reconversion:</c> section.</summary>
public class ReconversionUnitTests
{
    [Fact]
    public void Unknown_unit_id_is_an_error_naming_the_temporary_units_of_the_network()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              policy: schedule
              temporaryUnits:
                - { unit: nay-tu-1, opens: 2020-05-04, role: temporary, icuShare: 0.21 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError(
                "test.yaml", 10, 15, "reconversion.temporaryUnits[0].unit",
                "unknown temporary unit 'nay-tu-1' in network imss-2020-mini (did you mean 'nay-tu-01'?); known: cdmx-norte-tu-01, nay-tu-01"),
            error);
    }

    [Fact]
    public void Unit_of_the_full_network_is_unknown_in_the_mini_network()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              temporaryUnits:
                - { unit: cdmx-sur-tu-02, opens: 2020-05-13, role: expansion, icuShare: 0.12 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            "unknown temporary unit 'cdmx-sur-tu-02' in network imss-2020-mini; known: cdmx-norte-tu-01, nay-tu-01",
            error.Message);
    }

    [Fact]
    public void Permanent_hospital_named_as_a_unit_is_an_error()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              temporaryUnits:
                - { unit: ags-hgz-001, opens: 2020-05-04, role: temporary, icuShare: 0.21 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError(
                "test.yaml", 9, 15, "reconversion.temporaryUnits[0].unit",
                "'ags-hgz-001' is a second-level hospital of network imss-2020-mini, not a temporary unit; temporary units: cdmx-norte-tu-01, nay-tu-01"),
            error);
    }

    [Fact]
    public void Unit_planned_twice_is_an_error_at_the_second_plan()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              temporaryUnits:
                - { unit: nay-tu-01, opens: 2020-05-04, role: temporary, icuShare: 0.21 }
                - { unit: nay-tu-01, opens: 2020-08-04, role: temporary, icuShare: 0.21 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError(
                "test.yaml", 10, 15, "reconversion.temporaryUnits[1].unit", "unit 'nay-tu-01' is already planned at reconversion.temporaryUnits[0]"),
            error);
    }

    [Fact]
    public void Unit_closing_before_it_opens_is_an_error_at_closes()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              temporaryUnits:
                - { unit: nay-tu-01, opens: 2020-05-04, closes: 2020-05-04, role: temporary, icuShare: 0.21 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError("test.yaml", 9, 53, "reconversion.temporaryUnits[0].closes", "must be after opens (2020-05-04), got 2020-05-04"),
            error);
    }

    [Fact]
    public void Unit_role_must_be_a_temporary_unit_role()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              temporaryUnits:
                - { unit: nay-tu-01, opens: 2020-05-04, role: hybrid, icuShare: 0.21 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError(
                "test.yaml", 9, 51, "reconversion.temporaryUnits[0].role", "must be one of temporary, expansion, convalescence; got 'hybrid'"),
            error);
    }

    [Fact]
    public void Closing_date_that_is_neither_a_date_nor_null_is_an_error()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              temporaryUnits:
                - { unit: nay-tu-01, opens: 2020-05-04, closes: 30, role: temporary, icuShare: 0.21 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError("test.yaml", 9, 53, "reconversion.temporaryUnits[0].closes", "expected a string or null, got number 30"),
            error);
    }

    [Fact]
    public void Reversion_threshold_at_or_above_the_reactivation_threshold_is_an_error()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              reversion: { notBefore: 2020-08-01, occupancyBelow: 0.6, reactivateAbove: 0.6, days: 14 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(
            new ScenarioError("test.yaml", 8, 55, "reconversion.reversion.occupancyBelow", "must be < reactivateAbove (0.6), got 0.6"),
            error);
    }

    [Fact]
    public void Reversion_without_days_is_missing_a_required_field()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              reversion: { notBefore: 2020-08-01, occupancyBelow: 0.3, reactivateAbove: 0.6 }

            """);

        var error = ScenarioText.Error(yaml);

        Assert.Equal(new ScenarioError("test.yaml", 8, 14, "reconversion.reversion.days", "missing required field 'days'"), error);
    }

    [Fact]
    public void Reversion_that_is_neither_a_mapping_nor_null_is_an_error()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("reconversion:\n  reversion: yes\n"));

        Assert.Equal(
            new ScenarioError("test.yaml", 8, 14, "reconversion.reversion", "expected a mapping or null, got string 'yes'"),
            error);
    }

    [Fact]
    public void Trigger_down_at_or_above_up_is_an_error_at_down()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("reconversion:\n  trigger: { up: 0.5, down: 0.5 }\n"));

        Assert.Equal(new ScenarioError("test.yaml", 8, 29, "reconversion.trigger.down", "must be < up (0.5), got 0.5"), error);
    }

    [Fact]
    public void Trigger_down_above_the_default_up_names_the_default()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("reconversion:\n  trigger: { down: 0.9 }\n"));

        Assert.Equal(new ScenarioError("test.yaml", 8, 20, "reconversion.trigger.down", "must be < up (0.8, the default), got 0.9"), error);
    }

    [Fact]
    public void Trigger_up_below_the_default_down_is_an_error_at_up()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("reconversion:\n  trigger: { up: 0.2 }\n"));

        Assert.Equal(new ScenarioError("test.yaml", 8, 18, "reconversion.trigger.up", "must be > down (0.3, the default), got 0.2"), error);
    }

    [Fact]
    public void Unit_set_from_the_command_line_is_checked_like_a_written_one()
    {
        var error = ScenarioText.Error(
            ScenarioText.Minimal, "reconversion.temporaryUnits[0]={ unit: yuc-hr-01, opens: 2020-05-04, role: temporary, icuShare: 0 }");

        Assert.Equal(
            new ScenarioError(
                "--set", 0, 0, "reconversion.temporaryUnits[0]",
                "'yuc-hr-01' is an IMSS-BIENESTAR rural hospital of network imss-2020-mini, not a temporary unit; temporary units: cdmx-norte-tu-01, nay-tu-01 (at reconversion.temporaryUnits[0].unit)"),
            error);
    }
}
