using System.Collections.Immutable;

namespace Capacity.Scenarios.Tests.Support;

/// <summary>Scenario texts and loading shortcuts shared by the tests.</summary>
internal static class ScenarioText
{
    /// <summary>The file name used for in-memory scenarios.</summary>
    public const string File = "test.yaml";

    /// <summary>The smallest valid scenario: lines 1-6, builtin value at 6:12.</summary>
    public const string Minimal = """
        name: test
        seed: 1
        start: 2020-03-01
        days: 30
        network:
          builtin: imss-2020-mini

        """;

    /// <summary>Loads <paramref name="yaml"/> with optional <c>--set</c> assignments.</summary>
    public static LoadedScenario Load(string yaml, params string[] sets) =>
        ScenarioLoader.LoadText(yaml, File, [.. sets.Select(ScenarioOverride.Parse)]);

    /// <summary>The errors loading <paramref name="yaml"/> reports; fails when it loads.</summary>
    public static ImmutableArray<ScenarioError> Errors(string yaml, params string[] sets) =>
        Assert.Throws<ScenarioException>(() => Load(yaml, sets)).Errors;

    /// <summary>The single error loading <paramref name="yaml"/> reports.</summary>
    public static ScenarioError Error(string yaml, params string[] sets) => Assert.Single(Errors(yaml, sets));

    /// <summary>The minimal scenario followed by <paramref name="tail"/> (which starts on line 7).</summary>
    public static string MinimalWith(string tail) => Minimal + tail;
}
