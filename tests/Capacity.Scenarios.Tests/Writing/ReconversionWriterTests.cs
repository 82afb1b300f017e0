using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Writing;

public class ReconversionWriterTests
{
    private const string Section = """
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
          trigger: { down: 0.25 }

        """;

    [Fact]
    public void The_section_is_written_in_block_style_with_every_field()
    {
        var loaded = ScenarioText.Load(ScenarioText.MinimalWith(Section));

        Assert.Contains(
            """
            reconversion:
              policy: schedule
              leadDays: 10
              icuShareOfConvertedBeds: 0.5
              schedule:
                - date: 2020-02-27
                  phase: scenario-1
                  hospitals: 2
                  covidBeds: 10
                  exclusiveHospitals: 0
                - date: 2020-05-01
                  phase: phase-3
                  hospitals: 8
                  covidBeds: 900
                  exclusiveHospitals: 2
              temporaryUnits:
                - unit: nay-tu-01
                  opens: 2020-05-04
                  closes: 2020-09-01
                  role: temporary
                  icuShare: 0.21
                - unit: cdmx-norte-tu-01
                  opens: 2020-05-22
                  closes: null
                  role: expansion
                  icuShare: 0.12
              reversion:
                notBefore: 2020-08-01
                occupancyBelow: 0.3
                reactivateAbove: 0.6
                days: 14
              trigger:
                up: 0.8
                down: 0.25
                days: 3
                blockBeds: 24
              forecast:
                horizonDays: 14
                margin: 0.15
                blockBeds: 24
            staffing:

            """.ReplaceLineEndings("\n"),
            loaded.EffectiveYaml);
    }

    [Fact]
    public void ToYaml_round_trips_a_scenario_with_a_reconversion_section()
    {
        var first = ScenarioText.Load(ScenarioText.MinimalWith(Section));

        var second = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(first.Scenario), "again.yaml");

        ScenarioAssert.Same(first.Scenario, second.Scenario);
        Assert.Equal(first.EffectiveYaml, second.EffectiveYaml);
    }

    [Fact]
    public void ToYaml_round_trips_the_shipped_national_schedule()
    {
        var first = ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", "national-2020.yaml"));

        var second = ScenarioLoader.LoadText(first.EffectiveYaml, "again.yaml");

        ScenarioAssert.Same(first.Scenario, second.Scenario);
        Assert.Equal(first.Sha256, second.Sha256);
    }

    [Fact]
    public void Omitted_closing_date_and_explicit_null_give_the_same_hash()
    {
        var unit = "reconversion:\n  policy: schedule\n  temporaryUnits:\n    - { unit: nay-tu-01, opens: 2020-05-04, role: temporary, icuShare: 0.2";

        var omitted = ScenarioText.Load(ScenarioText.MinimalWith(unit + " }\n"));
        var explicitNull = ScenarioText.Load(ScenarioText.MinimalWith(unit + ", closes: ~ }\n"));

        Assert.Equal(omitted.Sha256, explicitNull.Sha256);
    }
}
