namespace Capacity.Server.Configuration;

/// <summary>The <c>Capacity</c> configuration section of the web host (args, environment <c>Capacity__…</c>, appsettings).</summary>
public sealed class ServerSettings
{
    public const string Section = "Capacity";

    /// <summary>Folder of scenario YAML files offered in the UI and by <c>GET /api/scenarios</c>.</summary>
    public string ScenariosDirectory { get; set; } = "scenarios";

    /// <summary>Folder of run directories: runs started here, and any completed run found in it (CLI runs included).</summary>
    public string RunsDirectory { get; set; } = "runs";

    /// <summary>Key mutating endpoints require (<c>X-Api-Key</c>); when empty one is generated at start-up and printed.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Request limits.</summary>
    public RequestLimits Limits { get; set; } = new();
}
