using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Capacity.Scenarios;
using Capacity.Server.Api;
using Capacity.Server.Configuration;

namespace Capacity.Server.Scenarios;

/// <summary>
/// The scenario files of <c>Capacity:ScenariosDirectory</c> (top level, <c>*.yaml</c>), loaded with the same
/// <see cref="ScenarioLoader"/> as the CLI. Summaries are cached per file version (length and write time), so the list
/// stays cheap while a planner edits files next to a running host.
/// </summary>
public sealed partial class ScenarioCatalog
{
    private readonly string _directory;
    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, ScenarioSummary Summary)> _cache = new(StringComparer.Ordinal);

    public ScenarioCatalog(ServerSettings settings)
    {
        _directory = Path.GetFullPath(settings.ScenariosDirectory);
    }

    /// <summary>Every scenario file, by name.</summary>
    public IReadOnlyList<ScenarioSummary> List() =>
        !Directory.Exists(_directory)
            ? []
            : [.. Directory.EnumerateFiles(_directory, "*.yaml")
                .Select(p => Path.GetFileNameWithoutExtension(p))
                .Where(n => NamePattern().IsMatch(n))
                .Order(StringComparer.Ordinal)
                .Select(Summary)];

    /// <summary>One scenario's summary with its file text.</summary>
    /// <exception cref="ApiProblem">Bad name (400) or no such file (404).</exception>
    public ScenarioSummary Get(string name) => Summary(name) with { Yaml = File.ReadAllText(PathOf(name)) };

    /// <summary>The file of a scenario name; names are plain file stems, so no path can escape the folder.</summary>
    /// <exception cref="ApiProblem">Bad name (400) or no such file (404).</exception>
    public string PathOf(string name)
    {
        if (!NamePattern().IsMatch(name))
        {
            throw ApiProblem.BadRequest($"'{name}' is not a scenario name: letters, digits, '.', '_' and '-' only.");
        }

        var path = Path.Combine(_directory, name + ".yaml");
        return File.Exists(path) ? path : throw ApiProblem.NotFound($"No scenario '{name}' in {_directory}.");
    }

    /// <summary>Loads a catalogue scenario with overrides (relative paths inside it resolve as for the CLI).</summary>
    /// <exception cref="ScenarioException">The scenario with the overrides is invalid.</exception>
    public LoadedScenario Load(string name, IReadOnlyList<ScenarioOverride> overrides) => ScenarioLoader.LoadFile(PathOf(name), overrides);

    /// <summary>
    /// Loads uploaded YAML (errors name <c>upload.yaml</c>). Files it names resolve in the scenarios folder and must
    /// stay inside it, so an upload cannot make the host read anything else.
    /// </summary>
    /// <exception cref="ScenarioException">The scenario with the overrides is invalid.</exception>
    public LoadedScenario LoadUpload(string yaml, IReadOnlyList<ScenarioOverride> overrides) =>
        ScenarioLoader.LoadText(yaml, UploadName, overrides, _directory);

    /// <summary>The file name errors of uploaded YAML give.</summary>
    public const string UploadName = "upload.yaml";

    private ScenarioSummary Summary(string name)
    {
        var path = PathOf(name);
        var info = new FileInfo(path);
        if (_cache.TryGetValue(name, out var cached) && cached.Written == info.LastWriteTimeUtc && cached.Length == info.Length)
        {
            return cached.Summary;
        }

        ScenarioSummary summary;
        try
        {
            summary = ScenarioSummary.Of(name, Path.GetFileName(path), ScenarioLoader.LoadFile(path));
        }
        catch (ScenarioException e)
        {
            summary = ScenarioSummary.Invalid(name, Path.GetFileName(path), e);
        }

        _cache[name] = (info.LastWriteTimeUtc, info.Length, summary);
        return summary;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex NamePattern();
}
