using System.Security.Cryptography;
using System.Text;
using Capacity.Scenarios.Loading;
using Newtonsoft.Json.Linq;

namespace Capacity.Scenarios;

/// <summary>
/// Loads scenario YAML: parse (keeping positions) → apply <c>--set</c> overrides → validate against the JSON Schema
/// → semantic checks → map to the Domain <see cref="Domain.Simulation.Scenario"/> with defaults. Every problem found
/// is reported together in one <see cref="ScenarioException"/>, each with file, line, column and field path.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Loads a scenario file; errors name the file as given.</summary>
    /// <exception cref="ScenarioException">The file cannot be read or the scenario is invalid.</exception>
    public static LoadedScenario LoadFile(string path, IReadOnlyList<ScenarioOverride>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ScenarioException([new ScenarioError(path, 0, 0, "", "cannot read the scenario file: it does not exist")]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException([new ScenarioError(path, 0, 0, "", $"cannot read the scenario file: {ex.Message}")]);
        }

        return LoadText(text, path, overrides);
    }

    /// <summary>
    /// Loads scenario YAML held in memory; <paramref name="sourceName"/> stands for the file in errors. With
    /// <paramref name="dataDirectory"/>, files the scenario names resolve there and must stay inside it (uploads to the
    /// web host); without it they resolve next to <paramref name="sourceName"/>, as for a file.
    /// </summary>
    /// <exception cref="ScenarioException">The scenario is invalid.</exception>
    public static LoadedScenario LoadText(string yaml, string sourceName, IReadOnlyList<ScenarioOverride>? overrides = null, string? dataDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        var diagnostics = new Diagnostics(sourceName, dataDirectory);
        var root = YamlDocumentReader.Read(yaml.TrimStart('\uFEFF'), diagnostics);
        if (root is null)
        {
            throw new ScenarioException(diagnostics.Errors());
        }

        var owners = OverrideApplier.Apply(root, overrides ?? [], diagnostics);
        var json = YamlToJson.Convert(root, owners, diagnostics);
        SchemaValidation.Validate(json, diagnostics);
        var network = SemanticChecks.Run(json, diagnostics);
        var observed = network is not null && !diagnostics.HasErrors && json is JObject checkedDocument
            ? ObservedCsv.Load(checkedDocument["demand"] as JObject, network, diagnostics)
            : null;
        if (diagnostics.HasErrors || network is null || json is not JObject document)
        {
            throw new ScenarioException(diagnostics.Errors());
        }

        var scenario = ScenarioMapper.Map(document, network, observed);
        var effective = ScenarioWriter.ToYaml(scenario);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(effective)));
        return new LoadedScenario(scenario, sourceName, effective, hash);
    }
}
