using Capacity.Domain.Transfers;
using Capacity.Scenarios.BuiltIn;
using Capacity.Scenarios.Tests.Support;

namespace Capacity.Scenarios.Tests.Validation;

/// <summary>The <c>transfers:</c> section: defaults, parsing, errors and the writer's round trip.</summary>
public class TransfersTests
{
    private const string Section = """
        transfers:
          policy: neighbours
          reserveShare: 0.2
          waveThreshold: 3
          waveQuietDays: 4
          neighbours:
            ags: [nay, yuc]
            nay: [ags]

        """;

    [Fact]
    public void Left_out_transfers_move_nobody_and_take_the_networks_borders()
    {
        var transfers = ScenarioText.Load(ScenarioText.Minimal).Scenario.Transfers!;

        Assert.Equal((TransferPolicyKind.None, 0.1, 10, 7), (transfers.Policy, transfers.ReserveShare, transfers.WaveThreshold, transfers.WaveQuietDays));
        Assert.Equal(["ags", "cdmx-norte", "nay", "yuc"], transfers.Neighbours.Keys);
        Assert.All(transfers.Neighbours.Values, codes => Assert.Empty(codes));
    }

    [Fact]
    public void A_written_section_is_mapped_and_its_neighbours_replace_the_borders_whole()
    {
        var transfers = ScenarioText.Load(ScenarioText.MinimalWith(Section)).Scenario.Transfers!;

        Assert.Equal((TransferPolicyKind.Neighbours, 0.2, 3, 4), (transfers.Policy, transfers.ReserveShare, transfers.WaveThreshold, transfers.WaveQuietDays));
        Assert.Equal(["nay", "yuc"], transfers.NeighboursOf("ags"));
        Assert.Equal(["ags"], transfers.NeighboursOf("nay"));
        Assert.Empty(transfers.NeighboursOf("yuc"));
    }

    [Fact]
    public void The_policy_can_be_set_from_the_command_line()
    {
        var transfers = ScenarioText.Load(ScenarioText.Minimal, "transfers.policy=within-ooad").Scenario.Transfers!;

        Assert.Equal(TransferPolicyKind.WithinOoad, transfers.Policy);
    }

    [Theory]
    [InlineData("policy: everywhere", "transfers.policy")]
    [InlineData("reserveShare: 1", "transfers.reserveShare")]
    [InlineData("reserveShare: -0.1", "transfers.reserveShare")]
    [InlineData("waveThreshold: 0", "transfers.waveThreshold")]
    [InlineData("waveQuietDays: 2.5", "transfers.waveQuietDays")]
    [InlineData("neighbors: {}", "transfers.neighbors")]
    public void Invalid_fields_are_reported_at_their_path(string field, string path)
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith($"transfers:\n  {field}\n"));

        Assert.Equal(path, error.Path);
        Assert.Equal(8, error.Line);
    }

    [Fact]
    public void An_unknown_ooad_in_a_neighbour_list_is_an_error_at_the_code_with_a_suggestion()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("transfers:\n  neighbours:\n    ags: [nay, yucc]\n"));

        Assert.Equal(("transfers.neighbours.ags[1]", 9), (error.Path, error.Line));
        Assert.StartsWith("unknown OOAD 'yucc'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'yuc'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_ooad_as_a_key_is_an_error()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("transfers:\n  neighbours:\n    jal: [ags]\n"));

        Assert.StartsWith("transfers.neighbours.jal", error.Path, StringComparison.Ordinal);
        Assert.Contains("unknown OOAD 'jal'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ooad_cannot_be_its_own_neighbour()
    {
        var error = ScenarioText.Error(ScenarioText.MinimalWith("transfers:\n  neighbours:\n    ags: [ags]\n"));

        Assert.Equal("transfers.neighbours.ags[0]", error.Path);
        Assert.Contains("its own neighbour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToYaml_round_trips_the_section()
    {
        var first = ScenarioText.Load(ScenarioText.MinimalWith(Section));

        var second = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(first.Scenario), "again.yaml");

        Assert.Equal(first.Scenario.Transfers!.Neighbours.Keys, second.Scenario.Transfers!.Neighbours.Keys);
        Assert.All(first.Scenario.Transfers.Neighbours, p => Assert.Equal(p.Value, second.Scenario.Transfers.Neighbours[p.Key]));
        Assert.Equal(first.EffectiveYaml, second.EffectiveYaml);
    }

    [Fact]
    public void The_2020_replay_regulates_referrals_to_neighbouring_ooads_over_the_built_in_borders()
    {
        var scenario = ScenarioLoader.LoadFile(RepositoryRoot.Combine("scenarios", "national-2020.yaml")).Scenario;

        Assert.Equal(TransferPolicyKind.Neighbours, scenario.Transfers!.Policy);
        Assert.Equal(Imss2020Neighbours.For(scenario.Network).Keys, scenario.Transfers.Neighbours.Keys);
        Assert.All(Imss2020Neighbours.For(scenario.Network), p => Assert.Equal(p.Value, scenario.Transfers.Neighbours[p.Key]));
    }
}
