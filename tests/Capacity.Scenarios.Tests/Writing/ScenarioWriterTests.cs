using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Capacity.Domain.Demand;
using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Writing;

public class ScenarioWriterTests
{
    [Fact]
    public void Effective_yaml_writes_every_field_in_canonical_order()
    {
        var expected = File.ReadAllText(RepositoryRoot.Combine("tests", "Capacity.Scenarios.Tests", "Writing", "minimal.expected.yaml"));

        var loaded = ScenarioText.Load(ScenarioText.Minimal);

        Assert.Equal(expected, loaded.EffectiveYaml);
    }

    [Fact]
    public void Hash_is_the_lowercase_SHA256_of_the_effective_yaml()
    {
        var loaded = ScenarioText.Load(ScenarioText.Minimal);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(loaded.EffectiveYaml))), loaded.Sha256);
    }

    [Fact]
    public void ToYaml_round_trips_a_loaded_scenario()
    {
        var yaml = ScenarioText.MinimalWith("""
            description: "Quotes \" and back\\slashes,\nnew lines, acentos: Yucatán"
            demand:
              attackRate: 0.0123456789012345
              waves:
                - { peak: 2020-05-01, widthDays: 12.5, share: 0.25 }
                - { peak: 2020-11-20, widthDays: 40, share: 0.75 }
              regions:
                yuc: { multiplier: 1.75, peakShiftDays: -12 }
                ags: { multiplier: 0 }
            supply:
              items:
                n95: { wardPerPatientDay: 1e-3, supplierDailyCapacity: 9000000000 }
            outputs:
              formats: [parquet]

            """);
        var first = ScenarioText.Load(yaml);

        var second = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(first.Scenario), "again.yaml");

        ScenarioAssert.Same(first.Scenario, second.Scenario);
        Assert.Equal(first.EffectiveYaml, second.EffectiveYaml);
    }

    [Fact]
    public void ToYaml_round_trips_random_scenarios()
    {
        var template = ScenarioText.Load(ScenarioText.Minimal).Scenario;

        for (var seed = 0; seed < 200; seed++)
        {
            var scenario = RandomScenarios.Create(template, seed);

            var loaded = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(scenario), $"random-{seed}.yaml");

            ScenarioAssert.Same(scenario, loaded.Scenario);
        }
    }

    [Fact]
    public void Hash_is_stable_under_comments_layout_order_and_explicit_defaults()
    {
        var block = """
            # a comment
            name: test
            seed: 1
            start: 2020-03-01
            days: 30
            network:
              builtin: imss-2020-mini
            demand:
              waves:
                - peak: 2020-07-01
                  widthDays: 21
                  share: 1.0
            """;
        var flow = """
            network: { builtin: imss-2020-mini }   # order and style differ
            days: 30
            start: 2020-03-01
            demand: { waves: [ { share: 1, widthDays: 21.0, peak: 2020-07-01 } ], attackRate: 0.005, regions: {} }
            name: 'test'
            seed: 0x1
            outputs: { formats: [csv, parquet] }
            care: { maxStayDays: 60, ward: { meanStayDays: 5.0 } }
            description: ""
            """;

        var first = ScenarioLoader.LoadText(block, "block.yaml");
        var second = ScenarioLoader.LoadText(flow, "flow.yaml");

        Assert.Equal(first.EffectiveYaml, second.EffectiveYaml);
        Assert.Equal(first.Sha256, second.Sha256);
    }

    [Fact]
    public void Hash_changes_when_a_value_changes()
    {
        var first = ScenarioText.Load(ScenarioText.Minimal);

        var second = ScenarioText.Load(ScenarioText.Minimal.Replace("days: 30", "days: 31", StringComparison.Ordinal));

        Assert.NotEqual(first.Sha256, second.Sha256);
    }

    [Fact]
    public void Strings_that_would_read_back_as_other_types_are_quoted()
    {
        var scenario = ScenarioText.Load(ScenarioText.Minimal).Scenario with { Name = "2020", Description = "true" };

        var yaml = ScenarioWriter.ToYaml(scenario);

        Assert.StartsWith("name: \"2020\"\ndescription: \"true\"\n", yaml);
        Assert.Equal("2020", ScenarioLoader.LoadText(yaml, "quoted.yaml").Scenario.Name);
    }

    [Fact]
    public void ToYaml_rejects_a_network_that_is_not_built_in()
    {
        var scenario = ScenarioText.Load(ScenarioText.Minimal).Scenario with { NetworkSource = "file:networks/custom.csv" };

        var exception = Assert.Throws<ArgumentException>(() => ScenarioWriter.ToYaml(scenario));

        Assert.StartsWith("Only built-in networks can be written; the network source is 'file:networks/custom.csv'.", exception.Message);
    }

    [Fact]
    public void Regions_are_written_in_ordinal_order()
    {
        var scenario = ScenarioText.Load(ScenarioText.Minimal).Scenario;
        var regions = ImmutableSortedDictionary.CreateRange(
            StringComparer.Ordinal,
            [KeyValuePair.Create("yuc", new RegionalDemand(2, 0)), KeyValuePair.Create("cdmx-norte", new RegionalDemand(1, -3))]);

        var yaml = ScenarioWriter.ToYaml(scenario with { Demand = scenario.Demand with { Regions = regions } });

        Assert.Contains(
            "  regions:\n    cdmx-norte:\n      multiplier: 1\n      peakShiftDays: -3\n    yuc:\n      multiplier: 2\n      peakShiftDays: 0\n",
            yaml);
    }
}
