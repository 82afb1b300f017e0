namespace Capacity.Scenarios.Tests.Overrides;

public class ScenarioOverrideParseTests
{
    [Theory]
    [InlineData("seed=42", "seed", "42")]
    [InlineData("demand.waves[1].share=0.3", "demand.waves[1].share", "0.3")]
    [InlineData("supply.items.n95.supplierDailyCapacity=1000", "supply.items.n95.supplierDailyCapacity", "1000")]
    [InlineData("description=a=b", "description", "a=b")]
    [InlineData(" days = 10", "days", " 10")]
    [InlineData("outputs.formats=[csv]", "outputs.formats", "[csv]")]
    public void Assignment_splits_at_the_first_equals_sign(string assignment, string path, string value)
    {
        var setting = ScenarioOverride.Parse(assignment);

        Assert.Equal(new ScenarioOverride(path, value), setting);
    }

    [Theory]
    [InlineData("seed", "seed", "expected path=value, got 'seed'")]
    [InlineData("=5", "", "the path before '=' is empty")]
    [InlineData("demand..attackRate=0.1", "demand..attackRate",
        "malformed path 'demand..attackRate': each step is a field name, optionally followed by [index]")]
    [InlineData("demand.waves[x].share=0.1", "demand.waves[x].share", "malformed index in 'demand.waves[x].share': write [0], [1], ...")]
    [InlineData("demand.waves[1.share=0.1", "demand.waves[1.share", "malformed index in 'demand.waves[1.share': write [0], [1], ...")]
    [InlineData("demand.waves[-1].share=0.1", "demand.waves[-1].share", "malformed index in 'demand.waves[-1].share': write [0], [1], ...")]
    [InlineData("[0].share=0.1", "[0].share", "malformed path '[0].share': each step is a field name, optionally followed by [index]")]
    [InlineData("demand.attack rate=0.1", "demand.attack rate",
        "malformed path 'demand.attack rate': each step is a field name, optionally followed by [index]")]
    public void Malformed_assignment_is_an_error_from_set(string assignment, string path, string message)
    {
        var exception = Assert.Throws<ScenarioException>(() => ScenarioOverride.Parse(assignment));

        Assert.Equal(new ScenarioError("--set", 0, 0, path, message), Assert.Single(exception.Errors));
    }

    [Fact]
    public void Value_that_is_not_YAML_is_an_error_from_set()
    {
        var exception = Assert.Throws<ScenarioException>(() => ScenarioOverride.Parse("outputs.formats=[csv,"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(("--set", 0, 0, "outputs.formats"), (error.File, error.Line, error.Column, error.Path));
        Assert.StartsWith("cannot parse the value '[csv,': ", error.Message);
    }
}
