namespace Capacity.Results;

/// <summary>Where a run's scenario came from, as the loader resolved it.</summary>
/// <param name="SourcePath">Path of the scenario file (or a <c>builtin:</c> name); machine-specific, so it goes to the manifest's execution block.</param>
/// <param name="EffectiveYaml">The fully resolved scenario as YAML; written verbatim to <c>scenario.yaml</c>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 that identifies the scenario content.</param>
public sealed record ScenarioProvenance(string SourcePath, string EffectiveYaml, string Sha256);
