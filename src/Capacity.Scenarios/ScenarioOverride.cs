using Capacity.Scenarios.Loading;

namespace Capacity.Scenarios;

/// <summary>
/// One <c>--set path=value</c> applied to a scenario file before validation, e.g. <c>demand.waves[1].share=0.3</c>.
/// Paths are dot-separated keys with <c>[i]</c> for sequence items; the value is read as YAML, so <c>0.3</c> is a
/// number, <c>2020-05-01</c> a date and <c>[csv]</c> a list.
/// </summary>
/// <param name="Path">Field path, e.g. <c>supply.items.n95.supplierDailyCapacity</c>.</param>
/// <param name="Value">The value as YAML text.</param>
public sealed record ScenarioOverride(string Path, string Value)
{
    /// <summary>The <see cref="ScenarioError.File"/> of errors caused by an override.</summary>
    public const string Source = "--set";

    /// <summary>Parses <c>path=value</c> (split at the first '=').</summary>
    /// <exception cref="ScenarioException">The assignment has no '=', a malformed path or an unparsable value.</exception>
    public static ScenarioOverride Parse(string assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            throw new ScenarioException([Error(assignment.Trim(), $"expected path=value, got '{assignment}'")]);
        }

        var setting = new ScenarioOverride(assignment[..equals].Trim(), assignment[(equals + 1)..]);
        var problem = setting.Problem();
        if (problem is not null)
        {
            throw new ScenarioException([Error(setting.Path, problem)]);
        }

        return setting;
    }

    /// <summary>An error about this override.</summary>
    internal ScenarioError Error(string message) => Error(Path, message);

    /// <summary>Why the path or value cannot be used, or null when both parse.</summary>
    internal string? Problem()
    {
        OverrideSyntax.ParsePath(Path, out var pathProblem);
        if (pathProblem is not null)
        {
            return pathProblem;
        }

        OverrideSyntax.ParseValue(Value, out var valueProblem);
        return valueProblem;
    }

    private static ScenarioError Error(string path, string message) => new(Source, 0, 0, path, message);
}
