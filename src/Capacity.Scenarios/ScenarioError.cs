namespace Capacity.Scenarios;

/// <summary>
/// One problem found while loading a scenario, located well enough for an editor to jump to it.
/// </summary>
/// <param name="File">The scenario file (as given to the loader), or <c>--set</c> for a problem in an override.</param>
/// <param name="Line">1-based line; 0 when the problem has no position (overrides, a missing file).</param>
/// <param name="Column">1-based column; 0 when the problem has no position.</param>
/// <param name="Path">Field path such as <c>demand.waves[0].share</c>; empty for the whole document.</param>
/// <param name="Message">What is wrong, in planner-readable words.</param>
public sealed record ScenarioError(string File, int Line, int Column, string Path, string Message)
{
    /// <summary>The compiler-style form <c>file:line:column: path: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Path}: {Message}";
}
