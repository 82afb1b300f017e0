namespace Capacity.Scenarios.Loading;

/// <summary>Where a JSON token of the scenario came from.</summary>
/// <param name="Path">Field path, e.g. <c>demand.waves[0].share</c>.</param>
/// <param name="Line">1-based line of the YAML node (0 for nodes an override created).</param>
/// <param name="Column">1-based column of the YAML node (0 for nodes an override created).</param>
/// <param name="Text">The scalar as written (for "got ..." in messages); null for mappings and sequences.</param>
/// <param name="Override">The <c>--set</c> that produced the node, or null when it comes from the file.</param>
internal sealed record NodeLocation(string Path, int Line, int Column, string? Text, ScenarioOverride? Override)
{
    /// <summary>The path of a child field.</summary>
    public string Child(string key) => Path.Length == 0 ? key : $"{Path}.{key}";
}
