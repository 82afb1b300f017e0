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

    /// <summary><c>embedded</c> (default: a silo in this process, no database) or <c>postgres</c> (join the cluster in <see cref="Connection"/>).</summary>
    public string? Cluster { get; set; }

    /// <summary>Npgsql connection string of the cluster's database (or <c>CAPACITY_CONNECTION</c>).</summary>
    public string? Connection { get; set; }

    /// <summary>Silo-to-silo port on a cluster (default 11111; a free port embedded).</summary>
    public int? SiloPort { get; set; }

    /// <summary>Client gateway port on a cluster (default 30000; a free port embedded).</summary>
    public int? GatewayPort { get; set; }

    /// <summary>Host name or address other silos reach this one at; without it the silo stays on loopback.</summary>
    public string? Advertise { get; set; }

    /// <summary>Days between checkpoints of runs started here (0 = none); default 7 on a cluster, 0 embedded.</summary>
    public int? CheckpointEvery { get; set; }

    /// <summary>Request limits.</summary>
    public RequestLimits Limits { get; set; } = new();
}
