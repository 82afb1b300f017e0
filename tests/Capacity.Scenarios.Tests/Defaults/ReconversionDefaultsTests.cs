using Capacity.Domain.Reconversion;
using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Defaults;

public class ReconversionDefaultsTests
{
    [Fact]
    public void Minimal_scenario_does_not_reconvert()
    {
        var reconversion = ScenarioText.Load(ScenarioText.Minimal).Scenario.Reconversion;

        Assert.Equal(
            (ReconversionPolicyKind.None, 7, 0.44, 0, 0, (Reversion?)null, new OccupancyTrigger(0.8, 0.3, 3, 24)),
            (reconversion.Policy, reconversion.LeadDays, reconversion.IcuShareOfConvertedBeds, reconversion.Schedule.Length,
                reconversion.TemporaryUnits.Length, reconversion.Reversion, reconversion.Trigger));
    }

    [Fact]
    public void Default_settings_are_the_documented_values()
    {
        var defaults = ScenarioDefaults.Reconversion;

        Assert.Equal(
            (ReconversionPolicyKind.None, 7, 0.44, true, true, (Reversion?)null, new OccupancyTrigger(0.8, 0.3, 3, 24)),
            (defaults.Policy, defaults.LeadDays, defaults.IcuShareOfConvertedBeds, defaults.Schedule.IsEmpty,
                defaults.TemporaryUnits.IsEmpty, defaults.Reversion, defaults.Trigger));
    }

    [Fact]
    public void The_default_block_is_one_ERC_team_of_24_beds()
    {
        Assert.Equal(ErcTeams.BedsPerTeam, ScenarioDefaults.Trigger.BlockBeds);
    }

    [Fact]
    public void Partly_written_trigger_keeps_the_defaults_of_the_other_fields()
    {
        var yaml = ScenarioText.MinimalWith("reconversion:\n  policy: occupancy-trigger\n  trigger: { up: 0.9, blockBeds: 48 }\n");

        var reconversion = ScenarioText.Load(yaml).Scenario.Reconversion;

        Assert.Equal(ReconversionPolicyKind.OccupancyTrigger, reconversion.Policy);
        Assert.Equal(new OccupancyTrigger(0.9, 0.3, 3, 48), reconversion.Trigger);
    }

    [Fact]
    public void Written_schedule_units_and_reversion_are_mapped_in_file_order()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              policy: schedule
              leadDays: 10
              icuShareOfConvertedBeds: 0.5
              schedule:
                - { date: 2020-02-27, phase: scenario-1, hospitals: 2, covidBeds: 10, exclusiveHospitals: 0 }
                - { date: 2020-05-01, phase: phase-3, hospitals: 8, covidBeds: 900, exclusiveHospitals: 2 }
              temporaryUnits:
                - { unit: nay-tu-01, opens: 2020-05-04, closes: 2020-09-01, role: temporary, icuShare: 0.21 }
                - { unit: cdmx-norte-tu-01, opens: 2020-05-22, role: expansion, icuShare: 0.12 }
              reversion: { notBefore: 2020-08-01, occupancyBelow: 0.3, reactivateAbove: 0.6, days: 14 }

            """);

        var reconversion = ScenarioText.Load(yaml).Scenario.Reconversion;

        Assert.Equal((ReconversionPolicyKind.Schedule, 10, 0.5), (reconversion.Policy, reconversion.LeadDays, reconversion.IcuShareOfConvertedBeds));
        Assert.Equal(
            [
                new ScheduleStep(new DateOnly(2020, 2, 27), ReconversionPhase.Scenario1, 2, 10, 0),
                new ScheduleStep(new DateOnly(2020, 5, 1), ReconversionPhase.PhaseIII, 8, 900, 2),
            ],
            reconversion.Schedule);
        Assert.Equal(
            [
                new TemporaryUnitPlan("nay-tu-01", new DateOnly(2020, 5, 4), new DateOnly(2020, 9, 1), HospitalRole.Temporary, 0.21),
                new TemporaryUnitPlan("cdmx-norte-tu-01", new DateOnly(2020, 5, 22), null, HospitalRole.Expansion, 0.12),
            ],
            reconversion.TemporaryUnits);
        Assert.Equal(new Reversion(new DateOnly(2020, 8, 1), 0.3, 0.6, 14), reconversion.Reversion);
        Assert.Equal(ScenarioDefaults.Trigger, reconversion.Trigger);
    }

    [Fact]
    public void Null_reversion_and_null_closing_date_mean_never()
    {
        var yaml = ScenarioText.MinimalWith("""
            reconversion:
              policy: schedule
              temporaryUnits:
                - { unit: nay-tu-01, opens: 2020-05-04, closes: null, role: convalescence, icuShare: 0.09 }
              reversion: null

            """);

        var reconversion = ScenarioText.Load(yaml).Scenario.Reconversion;

        Assert.Null(reconversion.Reversion);
        Assert.Equal(
            [new TemporaryUnitPlan("nay-tu-01", new DateOnly(2020, 5, 4), null, HospitalRole.Convalescence, 0.09)],
            reconversion.TemporaryUnits);
    }
}
