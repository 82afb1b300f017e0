using System.CommandLine;
using Capacity.Scenarios;

namespace Capacity.Cli.Commands;

/// <summary>The scenario argument and the options that override it, shared by every command that loads one.</summary>
internal sealed class ScenarioOptions
{
    public Argument<FileInfo> Scenario { get; } = new("scenario")
    {
        Description = "Scenario YAML file (see docs/scenarios.md).",
    };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "Override a scenario field: --set demand.attackRate=0.01 (repeatable).",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<long?> Seed { get; } = new("--seed")
    {
        Description = "Override the scenario seed (same as --set seed=N).",
    };

    public Option<int?> Days { get; } = new("--days")
    {
        Description = "Override the number of simulated days (same as --set days=N).",
    };

    /// <summary>Adds the argument and options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Scenario);
        command.Options.Add(Set);
        command.Options.Add(Seed);
        command.Options.Add(Days);
    }

    /// <summary>Loads the scenario with every override applied, then <paramref name="extra"/> (they win); throws <see cref="ScenarioException"/> on bad input.</summary>
    public LoadedScenario Load(ParseResult parse, IReadOnlyList<ScenarioOverride>? extra = null)
    {
        var overrides = (parse.GetValue(Set) ?? []).Select(ScenarioOverride.Parse).ToList();
        if (parse.GetValue(Seed) is { } seed)
        {
            overrides.Add(new ScenarioOverride("seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (parse.GetValue(Days) is { } days)
        {
            overrides.Add(new ScenarioOverride("days", days.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        overrides.AddRange(extra ?? []);
        return ScenarioLoader.LoadFile(parse.GetRequiredValue(Scenario).FullName, overrides);
    }
}
