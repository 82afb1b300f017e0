namespace Capacity.Server.Api;

/// <summary><c>POST /api/scenarios/validate</c>: scenario text and optional <c>path → value</c> overrides.</summary>
public sealed record ValidateRequest(string? Yaml, IReadOnlyDictionary<string, string>? Overrides = null);
