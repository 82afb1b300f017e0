using System.Collections.Immutable;
using Newtonsoft.Json.Linq;

namespace Capacity.Scenarios.Loading;

/// <summary>
/// The errors of one load and the map from JSON tokens back to YAML positions, so every check (schema or
/// semantic) can point at the node it is about.
/// </summary>
internal sealed class Diagnostics(string file, string? dataDirectory = null)
{
    private readonly Dictionary<JToken, NodeLocation> _locations = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<JToken> _flagged = new(ReferenceEqualityComparer.Instance);
    private readonly List<ScenarioError> _errors = [];

    /// <summary>The scenario file name used in errors.</summary>
    public string File { get; } = file;

    /// <summary>
    /// When set, files the scenario names (the observed-demand CSV) are looked up here and must lie inside it: a
    /// scenario uploaded to the web host cannot make it read any other file.
    /// </summary>
    public string? DataDirectory { get; } = dataDirectory is null ? null : Path.GetFullPath(dataDirectory);

    /// <summary>True once any error was reported.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>Records where a token came from.</summary>
    public void Locate(JToken token, NodeLocation location) => _locations[token] = location;

    /// <summary>Where a token came from; the document start for tokens the loader made itself.</summary>
    public NodeLocation LocationOf(JToken token) =>
        _locations.TryGetValue(token, out var location) ? location : new NodeLocation("", 1, 1, null, null);

    /// <summary>True when an error was already reported for this token, so later checks stay quiet about it.</summary>
    public bool IsFlagged(JToken token) => _flagged.Contains(token);

    /// <summary>Reports a problem with a token at its own position and path.</summary>
    public void Report(JToken token, string message)
    {
        _flagged.Add(token);
        var location = LocationOf(token);
        Add(location, location.Path, message);
    }

    /// <summary>Reports a problem located at a node but about another path (e.g. a missing child field).</summary>
    public void Add(NodeLocation location, string path, string message)
    {
        _errors.Add(location.Override is { } setting
            ? new ScenarioError(ScenarioOverride.Source, 0, 0, setting.Path, path == setting.Path ? message : $"{message} (at {path})")
            : new ScenarioError(File, location.Line, location.Column, path, message));
    }

    /// <summary>Adds an error that is not about a token (syntax, overrides).</summary>
    public void Add(ScenarioError error) => _errors.Add(error);

    /// <summary>
    /// Every error once, file errors before override errors, each group by line, column, path and message,
    /// so output is stable whatever order the checks ran in.
    /// </summary>
    public ImmutableArray<ScenarioError> Errors() =>
    [
        .. _errors
            .Distinct()
            .OrderBy(e => e.File == ScenarioOverride.Source ? 1 : 0)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Column)
            .ThenBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Message, StringComparer.Ordinal),
    ];
}
