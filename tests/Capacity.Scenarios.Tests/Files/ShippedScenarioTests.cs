using Capacity.Domain.Supply;
using Capacity.Domain.Capacity;
using Capacity.Domain.Demand;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Scenarios.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Capacity.Scenarios.Tests.Files;

/// <summary>The scenario files shipped in scenarios/ load cleanly and say what their comments claim.</summary>
public class ShippedScenarioTests
{
    private static readonly string National = RepositoryRoot.Combine("scenarios", "national-2020.yaml");
    private static readonly string QuickMini = RepositoryRoot.Combine("scenarios", "quick-mini.yaml");

    [Fact]
    public void National_2020_loads_without_errors()
    {
        var loaded = ScenarioLoader.LoadFile(National);

        var scenario = loaded.Scenario;
        Assert.Equal(
            ("national-2020", 20200227L, new DateOnly(2020, 2, 27), 365, "builtin:imss-2020", 35),
            (scenario.Name, scenario.Seed, scenario.Start, scenario.Days, scenario.NetworkSource, scenario.Network.Ooads.Length));
        Assert.Equal((0.01177, 0.227), (scenario.Demand.AttackRate, scenario.Demand.HospitalisedShare));
        Assert.Equal(
            [new Wave(new DateOnly(2020, 6, 1), 28, 0.5), new Wave(new DateOnly(2021, 1, 15), 30, 0.5)],
            scenario.Demand.Waves);
        Assert.Equal(National, loaded.SourcePath);
    }

    [Fact]
    public void National_2020_writes_every_field_explicitly()
    {
        var loaded = ScenarioLoader.LoadFile(National);

        Assert.Equal(FieldPaths(loaded.EffectiveYaml), FieldPaths(File.ReadAllText(National)));
    }

    [Fact]
    public void National_2020_uses_the_defaults_except_its_calibrated_demand_and_the_recorded_reconversion()
    {
        var scenario = ScenarioLoader.LoadFile(National).Scenario;

        Assert.Equal(ScenarioDefaults.IcuShareOfHospitalised, scenario.Demand.IcuShareOfHospitalised);
        Assert.Empty(scenario.Demand.Regions);
        Assert.Equal(ScenarioDefaults.Care, scenario.Care);
        Assert.Equal(
            ScenarioDefaults.Capacity with { CovidBedShare = new TierShares(Umae: 0, SecondLevel: 0, RuralBienestar: 0.36) },
            scenario.Capacity);
        Assert.Equal(ScenarioDefaults.Items, scenario.Supply.Items);
        // The replay distributes PPE by push, as IMSS did (seed 003 L21698-21704; docs/validation.md#ppe).
        Assert.Equal(ScenarioDefaults.Supply with { Items = scenario.Supply.Items, Policy = SupplyPolicyKind.PushProportional }, scenario.Supply);
        Assert.Equal(ScenarioDefaults.Outputs, scenario.Outputs);
    }

    [Fact]
    public void Quick_mini_loads_without_errors()
    {
        var scenario = ScenarioLoader.LoadFile(QuickMini).Scenario;

        Assert.Equal(
            ("quick-mini", 7L, new DateOnly(2020, 4, 1), 60, "builtin:imss-2020-mini"),
            (scenario.Name, scenario.Seed, scenario.Start, scenario.Days, scenario.NetworkSource));
        Assert.Equal([new Wave(new DateOnly(2020, 5, 1), 14, 1)], scenario.Demand.Waves);
        Assert.Equal([OutputFormat.Csv], scenario.Outputs);
        Assert.Equal(ScenarioDefaults.Capacity, scenario.Capacity);
    }

    [Fact]
    public void Quick_mini_reconverts_with_the_default_occupancy_trigger()
    {
        var reconversion = ScenarioLoader.LoadFile(QuickMini).Scenario.Reconversion;

        Assert.Equal(
            (ReconversionPolicyKind.OccupancyTrigger, 7, 0.44, 0, 0, (Reversion?)null, ScenarioDefaults.Trigger),
            (reconversion.Policy, reconversion.LeadDays, reconversion.IcuShareOfConvertedBeds, reconversion.Schedule.Length,
                reconversion.TemporaryUnits.Length, reconversion.Reversion, reconversion.Trigger));
    }

    [Fact]
    public void Shipped_scenarios_accept_the_seed_and_days_shorthands_as_overrides()
    {
        var loaded = ScenarioLoader.LoadFile(QuickMini, [ScenarioOverride.Parse("seed=8"), ScenarioOverride.Parse("days=10")]);

        Assert.Equal((8L, 10), (loaded.Scenario.Seed, loaded.Scenario.Days));
    }

    [Theory]
    [InlineData("attack-0-2.yaml", 0.002)]
    [InlineData("attack-0-5.yaml", 0.005)]
    [InlineData("attack-0-75.yaml", 0.0075)]
    [InlineData("attack-1-5.yaml", 0.015)]
    public void The_attack_rate_planning_scenarios_of_2020_are_one_wave_with_the_planning_shares_and_every_field_written(string file, double attackRate)
    {
        var path = RepositoryRoot.Combine("scenarios", file);
        var loaded = ScenarioLoader.LoadFile(path);

        var demand = loaded.Scenario.Demand;
        Assert.Equal((DemandModelKind.Waves, attackRate, 0.2, 0.3), (demand.Model, demand.AttackRate, demand.HospitalisedShare, demand.IcuShareOfHospitalised));
        Assert.Equal([new Wave(new DateOnly(2020, 6, 1), 28, 1)], demand.Waves);
        Assert.Equal(FieldPaths(loaded.EffectiveYaml), FieldPaths(File.ReadAllText(path)));
    }

    [Fact]
    public void Seir_2020_runs_the_seir_model_with_the_23_march_distancing_and_writes_every_field()
    {
        var path = RepositoryRoot.Combine("scenarios", "seir-2020.yaml");
        var loaded = ScenarioLoader.LoadFile(path);

        var demand = loaded.Scenario.Demand;
        Assert.Equal(DemandModelKind.Seir, demand.Model);
        Assert.Equal([new TransmissionChange(new DateOnly(2020, 3, 23), 0.747)], demand.Seir!.Schedule);
        Assert.Equal(FieldPaths(loaded.EffectiveYaml), FieldPaths(File.ReadAllText(path)));
    }

    [Fact]
    public void Seir_age_strata_runs_three_groups_whose_shares_sum_to_one_and_writes_every_field()
    {
        var path = RepositoryRoot.Combine("scenarios", "seir-age-strata.yaml");
        var loaded = ScenarioLoader.LoadFile(path);

        var strata = loaded.Scenario.Demand.Seir!.Strata;
        Assert.Equal(["0-29", "30-59", "60+"], strata.Select(s => s.Name));
        Assert.Equal(1, strata.Sum(s => s.PopulationShare), 1e-12);
        Assert.Equal(0.5, strata[2].RelativeContact);
        Assert.Equal(FieldPaths(loaded.EffectiveYaml), FieldPaths(File.ReadAllText(path)));
    }

    [Fact]
    public void Observed_example_reads_its_csv_for_every_ooad_and_writes_every_field()
    {
        var path = RepositoryRoot.Combine("scenarios", "observed-example.yaml");
        var loaded = ScenarioLoader.LoadFile(path);

        var demand = loaded.Scenario.Demand;
        Assert.Equal(DemandModelKind.Observed, demand.Model);
        Assert.Equal(loaded.Scenario.Network.Ooads.Select(o => o.Code), demand.Observed!.ByOoad.Keys);
        var written = FieldPaths(File.ReadAllText(path));
        written.Add(".demand.observed.sha256");
        Assert.Equal(FieldPaths(loaded.EffectiveYaml), written);
    }

    /// <summary>Every shipped scenario but the deliberately short quick-mini and the observed example (whose effective
    /// scenario adds the CSV's digest, tested above).</summary>
    public static TheoryData<string> FullScenarios() =>
        [.. Directory.GetFiles(RepositoryRoot.Combine("scenarios"), "*.yaml")
            .Select(f => Path.GetFileName(f))
            .Where(f => f is not "quick-mini.yaml" and not "observed-example.yaml")
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(FullScenarios))]
    public void Every_full_shipped_scenario_loads_and_writes_every_field_explicitly(string file)
    {
        var path = RepositoryRoot.Combine("scenarios", file);
        var loaded = ScenarioLoader.LoadFile(path);

        Assert.Equal(FieldPaths(loaded.EffectiveYaml), FieldPaths(File.ReadAllText(path)));
    }

    private static SortedSet<string> FieldPaths(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Collect(stream.Documents[0].RootNode, "", paths);
        return paths;
    }

    private static void Collect(YamlNode node, string path, SortedSet<string> paths)
    {
        paths.Add(path);
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    Collect(value, $"{path}.{((YamlScalarNode)key).Value}", paths);
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Collect(sequence.Children[i], $"{path}[{i}]", paths);
                }

                break;
        }
    }
}
