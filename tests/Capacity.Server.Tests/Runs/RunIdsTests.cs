using Capacity.Server.Runs;

namespace Capacity.Server.Tests.Runs;

public sealed class RunIdsTests
{
    [Theory]
    [InlineData("quick-mini")]
    [InlineData("Escenario de prueba/../../etc")]
    [InlineData("")]
    [InlineData("ñandú 2020")]
    public void New_ids_are_always_safe_directory_names(string scenario)
    {
        var id = RunIds.New(scenario, 7, new DateTimeOffset(2026, 12, 2, 7, 0, 0, TimeSpan.Zero));

        Assert.True(RunIds.IsValid(id), id);
        Assert.DoesNotContain("/", id, StringComparison.Ordinal);
        Assert.DoesNotContain("..", id, StringComparison.Ordinal);
        Assert.Contains("-7-20261202-070000-", id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../x")]
    [InlineData(".hidden")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    public void Ids_that_could_name_another_path_are_invalid(string id)
    {
        Assert.False(RunIds.IsValid(id));
    }

    [Fact]
    public void Overrides_apply_in_path_order_then_seed_and_days_win()
    {
        var overrides = RunRegistry.Overrides(new RunRequest(
            Overrides: new Dictionary<string, string> { ["seed"] = "1", ["demand.attackRate"] = "0.01", ["days"] = "5" },
            Seed: 9,
            Days: 30));

        Assert.Equal(
            ["days=5", "demand.attackRate=0.01", "seed=1", "seed=9", "days=30"],
            overrides.Select(o => $"{o.Path}={o.Value}"));
    }
}
