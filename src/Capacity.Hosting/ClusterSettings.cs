using Capacity.Grains.Checkpoints;
using Npgsql;

namespace Capacity.Hosting;

/// <summary>
/// How a process joins (silo) or reaches (client) its cluster. Options win over the environment
/// (<see cref="ClusterVariable"/>, <see cref="ConnectionVariable"/>), which keeps the password out of command lines.
/// </summary>
/// <param name="Kind">Embedded (no database) or PostgreSQL.</param>
/// <param name="ConnectionString">Npgsql connection string; required for <see cref="ClusterKind.Postgres"/>.</param>
/// <param name="SiloPort">Silo-to-silo port (silos only); free port when embedded.</param>
/// <param name="GatewayPort">Client gateway port (silos only); free port when embedded.</param>
/// <param name="Advertise">
/// Host name or address other silos and clients reach this silo at. Without it a silo listens and advertises on
/// loopback only, which keeps a developer's silos off the network; with it the silo listens on every interface.
/// </param>
public sealed record ClusterSettings(
    ClusterKind Kind,
    string? ConnectionString = null,
    int? SiloPort = null,
    int? GatewayPort = null,
    string? Advertise = null)
{
    /// <summary>Environment variable naming the cluster kind (<c>embedded</c> or <c>postgres</c>).</summary>
    public const string ClusterVariable = "CAPACITY_CLUSTER";

    /// <summary>Environment variable holding the Npgsql connection string.</summary>
    public const string ConnectionVariable = "CAPACITY_CONNECTION";

    /// <summary>Orleans cluster and service id: every Capacity process on one database forms one cluster.</summary>
    public const string ClusterId = "capacity";

    /// <summary>Connections per process unless the connection string sets <c>Maximum Pool Size</c>.</summary>
    /// <remarks>
    /// Npgsql's default of 100 lets one silo activating hundreds of grains at once take every slot of PostgreSQL's
    /// default <c>max_connections=100</c> (pitfalls 8.10); 20 keeps four processes within it.
    /// </remarks>
    public const int DefaultMaxPoolSize = 20;

    /// <summary>Default silo-to-silo port of a cluster silo.</summary>
    public const int DefaultSiloPort = 11111;

    /// <summary>Default gateway port of a cluster silo.</summary>
    public const int DefaultGatewayPort = 30000;

    /// <summary>Days between checkpoints on a cluster when not given: a lost silo costs at most a week of replay.</summary>
    public const int DefaultCheckpointEvery = 7;

    /// <summary>The database-free default.</summary>
    public static ClusterSettings Embedded { get; } = new(ClusterKind.Embedded);

    /// <summary>True when the process takes part in a PostgreSQL-backed cluster.</summary>
    public bool IsCluster => Kind == ClusterKind.Postgres;

    /// <summary>
    /// Settings from the options a user gave, falling back to <paramref name="environment"/> (the process
    /// environment by default) for the kind and the connection string.
    /// </summary>
    /// <exception cref="ClusterSettingsException">An unknown kind, or PostgreSQL without a connection string.</exception>
    public static ClusterSettings Resolve(
        string? cluster,
        string? connection,
        int? siloPort = null,
        int? gatewayPort = null,
        string? advertise = null,
        Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var kind = ParseKind(Blank(cluster) ?? Blank(environment(ClusterVariable)) ?? "embedded");
        var connectionString = Blank(connection) ?? Blank(environment(ConnectionVariable));
        if (kind == ClusterKind.Embedded)
        {
            return Embedded with { SiloPort = siloPort, GatewayPort = gatewayPort };
        }

        if (connectionString is null)
        {
            throw new ClusterSettingsException(
                $"--cluster postgres needs a connection string: give --connection or set {ConnectionVariable}.");
        }

        _ = Pooled(connectionString);
        return new ClusterSettings(kind, connectionString, siloPort, gatewayPort, Blank(advertise));
    }

    /// <summary>
    /// Checkpoints of runs on this cluster: every <paramref name="everyDays"/> days when given (0 = none), otherwise every
    /// <see cref="DefaultCheckpointEvery"/> days on PostgreSQL and none embedded, where a failure loses the process anyway.
    /// </summary>
    public CheckpointSettings Checkpoints(int? everyDays) =>
        (everyDays ?? (IsCluster ? DefaultCheckpointEvery : 0)) is var k and > 0 ? CheckpointSettings.Every(k) : CheckpointSettings.Off;

    /// <summary>Parses <c>embedded</c> or <c>postgres</c> (case-insensitive).</summary>
    public static ClusterKind ParseKind(string text) => text.Trim().ToLowerInvariant() switch
    {
        "embedded" => ClusterKind.Embedded,
        "postgres" or "postgresql" => ClusterKind.Postgres,
        _ => throw new ClusterSettingsException($"Unknown cluster '{text}': use 'embedded' or 'postgres'."),
    };

    /// <summary>The connection string with <see cref="DefaultMaxPoolSize"/> unless it sets its own pool size.</summary>
    public string PooledConnectionString => Pooled(ConnectionString
        ?? throw new InvalidOperationException("An embedded cluster has no connection string."));

    private static string Pooled(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new ClusterSettingsException($"The connection string is not a valid Npgsql connection string: {e.Message}");
        }

        if (!connectionString.Contains("Maximum Pool Size", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("MaxPoolSize", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        return builder.ConnectionString;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
