namespace Capacity.Server.Runs;

/// <summary>
/// <c>POST /api/runs</c>: a catalogue scenario (<see cref="Scenario"/>) or uploaded YAML (<see cref="Yaml"/>), exactly one;
/// overrides as <c>path → value</c> (the CLI's <c>--set</c>), then <see cref="Seed"/> and <see cref="Days"/> which win.
/// <see cref="Replicas"/> above 1 runs an ensemble (seeds base + i).
/// </summary>
public sealed record RunRequest(
    string? Scenario = null,
    string? Yaml = null,
    IReadOnlyDictionary<string, string>? Overrides = null,
    long? Seed = null,
    int? Days = null,
    int? Replicas = null);
