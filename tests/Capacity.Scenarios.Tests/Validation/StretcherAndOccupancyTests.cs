using Capacity.Domain.Capacity;
using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

/// <summary><c>capacity.stretcherShare</c> and <c>capacity.nonCovidOccupancy</c>: parsing, defaults, ranges, round trip.</summary>
public class StretcherAndOccupancyTests
{
    private const string Section = """
        capacity:
          stretcherShare: 0.1
          nonCovidOccupancy: { umae: 0.8, ruralBienestar: 0.5 }

        """;

    [Fact]
    public void Both_fields_parse_and_an_omitted_tier_keeps_its_default()
    {
        var capacity = ScenarioText.Load(ScenarioText.MinimalWith(Section)).Scenario.Capacity;

        Assert.Equal((0.1, new TierShares(0.8, 0.676, 0.5)), (capacity.StretcherShare, capacity.NonCovidOccupancy));
    }

    [Fact]
    public void Defaults_are_0_05_stretchers_per_census_bed_and_the_2019_occupancy_of_each_tier()
    {
        var capacity = ScenarioText.Load(ScenarioText.Minimal).Scenario.Capacity;

        Assert.Equal((0.05, new TierShares(0.676, 0.676, 0.67)), (capacity.StretcherShare, capacity.NonCovidOccupancy));
        Assert.Equal(ScenarioDefaults.Capacity, capacity);
    }

    [Fact]
    public void A_stretcher_share_above_one_is_out_of_range()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("capacity:\n  stretcherShare: 1.5\n"));

        Assert.Equal(new ScenarioError("test.yaml", 8, 19, "capacity.stretcherShare", "must be ≥ 0 and ≤ 1, got 1.5"), error);
    }

    [Fact]
    public void A_stretcher_share_must_be_a_number()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("capacity:\n  stretcherShare: many\n"));

        Assert.Equal(new ScenarioError("test.yaml", 8, 19, "capacity.stretcherShare", "expected a number, got string 'many'"), error);
    }

    [Fact]
    public void A_negative_occupancy_is_out_of_range_at_its_tier()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("capacity:\n  nonCovidOccupancy: { umae: -0.1 }\n"));

        Assert.Equal(new ScenarioError("test.yaml", 8, 30, "capacity.nonCovidOccupancy.umae", "must be ≥ 0 and ≤ 1, got -0.1"), error);
    }

    [Fact]
    public void Temporary_units_have_no_occupancy_to_set()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("capacity:\n  nonCovidOccupancy:\n    temporaryUnit: 0.5\n"));

        Assert.Equal(new ScenarioError("test.yaml", 9, 5, "capacity.nonCovidOccupancy.temporaryUnit", "unknown field 'temporaryUnit'"), error);
    }

    [Fact]
    public void The_effective_yaml_writes_both_fields_after_the_icu_shares()
    {
        var loaded = ScenarioText.Load(ScenarioText.MinimalWith(Section));

        Assert.Contains(
            """
                ruralBienestar: 0
              stretcherShare: 0.1
              nonCovidOccupancy:
                umae: 0.8
                secondLevel: 0.676
                ruralBienestar: 0.5
            reconversion:

            """.ReplaceLineEndings("\n"),
            loaded.EffectiveYaml);
    }

    [Fact]
    public void ToYaml_round_trips_both_fields()
    {
        var first = ScenarioText.Load(ScenarioText.MinimalWith(Section));

        var second = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(first.Scenario), "again.yaml");

        ScenarioAssert.Same(first.Scenario, second.Scenario);
        Assert.Equal(first.EffectiveYaml, second.EffectiveYaml);
    }

    [Fact]
    public void The_national_scenario_states_both_fields_explicitly_at_their_defaults()
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("scenarios", "national-2020.yaml"));

        var capacity = ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", "national-2020.yaml")).Scenario.Capacity;

        Assert.Contains("\n  stretcherShare: 0.05 ", text, StringComparison.Ordinal);
        Assert.Contains("\n  nonCovidOccupancy:", text, StringComparison.Ordinal);
        Assert.Equal((ScenarioDefaults.StretcherShare, ScenarioDefaults.NonCovidOccupancy), (capacity.StretcherShare, capacity.NonCovidOccupancy));
    }
}
