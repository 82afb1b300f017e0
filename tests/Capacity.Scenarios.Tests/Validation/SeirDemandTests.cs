using Capacity.Domain.Demand;
using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

/// <summary>The <c>demand.model</c> and <c>demand.seir</c> fields: defaults, parsing, errors and the writer's round trip.</summary>
public class SeirDemandTests
{
    private const string Section = """
        demand:
          model: seir
          seir:
            r0: 3
            latentDays: 4
            infectiousDays: 6
            initialInfectedShare: 0.0001
            hospitalisedShareOfInfections: 0.03
            hospitalDelayDays: 5
            schedule:
              - { from: 2020-03-23, contactFactor: 0.5 }
              - { from: 2020-06-01, contactFactor: 0.8 }
            stochastic: true
            strata:
              - { name: "0-29", populationShare: 0.5, hospitalisedShareOfInfections: 0.004, icuShareOfHospitalised: 0.05 }
              - { name: "30-59", populationShare: 0.38, relativeContact: 1.2, hospitalisedShareOfInfections: 0.04 }
              - { name: "60+", populationShare: 0.12, relativeContact: 0.5, relativeSusceptibility: 1.1, hospitalisedShareOfInfections: 0.15, icuShareOfHospitalised: 0.47 }

        """;

    [Fact]
    public void Left_out_the_model_is_waves_with_the_literature_seir_defaults_ready()
    {
        var demand = ScenarioText.Load(ScenarioText.Minimal).Scenario.Demand;

        Assert.Equal(DemandModelKind.Waves, demand.Model);
        Assert.Equal(SeirDefaults.Settings with { Schedule = [] }, demand.Seir! with { Schedule = [] });
        Assert.Empty(demand.Seir!.Schedule);
    }

    [Fact]
    public void A_written_section_is_mapped()
    {
        var demand = ScenarioText.Load(ScenarioText.MinimalWith(Section)).Scenario.Demand;

        Assert.Equal(DemandModelKind.Seir, demand.Model);
        var seir = demand.Seir!;
        Assert.Equal((3.0, 4.0, 6.0, 0.0001, 0.03, 5, true), (seir.R0, seir.LatentDays, seir.InfectiousDays, seir.InitialInfectedShare, seir.HospitalisedShareOfInfections, seir.HospitalDelayDays, seir.Stochastic));
        Assert.Equal([new(new DateOnly(2020, 3, 23), 0.5), new(new DateOnly(2020, 6, 1), 0.8)], seir.Schedule.AsEnumerable());
        Assert.Equal(0.8, seir.ContactFactorOn(new DateOnly(2020, 7, 1)));
        Assert.Equal(1.0, seir.ContactFactorOn(new DateOnly(2020, 3, 1)));
        Assert.Equal(
            [new("0-29", 0.5, 1, 1, 0.004, 0.05), new("30-59", 0.38, 1.2, 1, 0.04, null), new("60+", 0.12, 0.5, 1.1, 0.15, 0.47)],
            seir.Strata.AsEnumerable());
    }

    [Fact]
    public void Without_strata_the_model_runs_one_group_of_everyone_with_the_model_wide_hospitalised_share()
    {
        var seir = ScenarioText.Load(ScenarioText.Minimal).Scenario.Demand.Seir!;

        Assert.Empty(seir.Strata);
        Assert.Equal([new SeirStratum("all", 1, 1, 1, seir.HospitalisedShareOfInfections, null)], seir.Groups.AsEnumerable());
    }

    [Fact]
    public void Strata_shares_that_do_not_sum_to_one_are_an_error_at_the_list()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith(
            "demand:\n  seir:\n    strata:\n      - { name: a, populationShare: 0.5, hospitalisedShareOfInfections: 0.01 }\n      - { name: b, populationShare: 0.4, hospitalisedShareOfInfections: 0.05 }\n"));

        Assert.Equal(("demand.seir.strata", 10), (error.Path, error.Line));   // the list starts at its first item
        Assert.Contains("populationShare must sum to 1, got 0.9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stratum_name_given_twice_is_an_error_at_the_second_name()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith(
            "demand:\n  seir:\n    strata:\n      - { name: a, populationShare: 0.5, hospitalisedShareOfInfections: 0.01 }\n      - { name: a, populationShare: 0.5, hospitalisedShareOfInfections: 0.05 }\n"));

        Assert.Equal(("demand.seir.strata[1].name", 11), (error.Path, error.Line));
        Assert.Contains("stratum 'a' appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stratum_without_its_hospitalised_share_is_an_error_naming_the_field()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith(
            "demand:\n  seir:\n    strata:\n      - { name: a, populationShare: 1 }\n"));

        Assert.StartsWith("demand.seir.strata[0]", error.Path, StringComparison.Ordinal);
        Assert.Contains("hospitalisedShareOfInfections", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_can_be_switched_from_the_command_line()
    {
        Assert.Equal(DemandModelKind.Seir, ScenarioText.Load(ScenarioText.Minimal, "demand.model=seir").Scenario.Demand.Model);
    }

    [Theory]
    [InlineData("latentDays: 0", "demand.seir.latentDays")]
    [InlineData("infectiousDays: -1", "demand.seir.infectiousDays")]
    [InlineData("r0: 25", "demand.seir.r0")]
    [InlineData("hospitalDelayDays: 1.5", "demand.seir.hospitalDelayDays")]
    [InlineData("stochastic: yes", "demand.seir.stochastic")]
    [InlineData("beta: 1", "demand.seir.beta")]
    public void Invalid_fields_are_reported_at_their_path(string field, string path)
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith($"demand:\n  seir:\n    {field}\n"));

        Assert.Equal((path, 9), (error.Path, error.Line));
    }

    [Fact]
    public void Contact_changes_out_of_date_order_are_an_error_at_the_date()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith(
            "demand:\n  seir:\n    schedule:\n      - { from: 2020-06-01, contactFactor: 0.5 }\n      - { from: 2020-05-01, contactFactor: 0.8 }\n"));

        Assert.Equal("demand.seir.schedule[1].from", error.Path);
        Assert.Contains("must be after the previous contact change (2020-06-01)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToYaml_round_trips_the_section()
    {
        var first = ScenarioText.Load(ScenarioText.MinimalWith(Section));

        var second = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(first.Scenario), "again.yaml");

        Assert.Equal(first.Scenario.Demand.Seir!.Schedule.AsEnumerable(), second.Scenario.Demand.Seir!.Schedule.AsEnumerable());
        Assert.Equal(first.Scenario.Demand.Seir!.Strata.AsEnumerable(), second.Scenario.Demand.Seir!.Strata.AsEnumerable());
        Assert.Equal(first.EffectiveYaml, second.EffectiveYaml);
    }
}
