using Capacity.Domain.Simulation;

namespace Capacity.Scenarios;

/// <summary>
/// A scenario loaded from YAML together with its provenance: the effective (canonical, fully explicit) YAML
/// after overrides and defaults, and that text's hash, which identifies the run's inputs in manifests.
/// </summary>
/// <param name="Scenario">The validated, resolved scenario.</param>
/// <param name="SourcePath">The file path (or source name) the scenario was loaded from.</param>
/// <param name="EffectiveYaml"><see cref="ScenarioWriter.ToYaml"/> of <paramref name="Scenario"/>.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the UTF-8 bytes of <paramref name="EffectiveYaml"/>.</param>
public sealed record LoadedScenario(Scenario Scenario, string SourcePath, string EffectiveYaml, string Sha256);
