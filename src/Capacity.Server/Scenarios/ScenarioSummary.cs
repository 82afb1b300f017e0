using System.Text.Json.Serialization;
using Capacity.Scenarios;

namespace Capacity.Server.Scenarios;

/// <summary>
/// What the UI and API say about a scenario: identity, size and the policies a planner would change. An invalid file
/// is listed with <see cref="Valid"/> false and its errors, so a broken scenario is visible instead of missing.
/// </summary>
public sealed record ScenarioSummary(
    string Name,
    string? File,
    string? Description,
    long? Seed,
    string? Start,
    int? Days,
    string? Network,
    int? Hospitals,
    int? Ooads,
    string? ReconversionPolicy,
    string? SupplyPolicy,
    int? Shocks,
    bool Valid,
    IReadOnlyList<ScenarioError> Errors,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Yaml = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sha256 = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? EffectiveYaml = null)
{
    /// <summary>The summary of a scenario that loaded; <paramref name="name"/> is the catalogue name (file stem), else the scenario's own.</summary>
    public static ScenarioSummary Of(string? name, string? file, LoadedScenario loaded)
    {
        var s = loaded.Scenario;
        return new ScenarioSummary(
            name ?? s.Name,
            file,
            s.Description,
            s.Seed,
            s.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            s.Days,
            s.Network.Name,
            s.Network.Hospitals.Length,
            s.Network.Ooads.Length,
            ScenarioCodes.ReconversionPolicy(s.Reconversion.Policy),
            ScenarioCodes.SupplyPolicy(s.Supply.Policy),
            s.Shocks.IsDefault ? 0 : s.Shocks.Length,
            true,
            []);
    }

    /// <summary>The summary of a file that did not load.</summary>
    public static ScenarioSummary Invalid(string name, string file, ScenarioException e) =>
        new(name, file, null, null, null, null, null, null, null, null, null, null, false, e.Errors);
}
