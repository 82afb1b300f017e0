using System.Reflection;
using Npgsql;

namespace Capacity.Hosting;

/// <summary>
/// Installs the Orleans tables and queries (Sql/*.sql, see Sql/ORIGIN.md) into a PostgreSQL database. Safe to run
/// again and from several places at once (compose's <c>db-init</c> and a developer): everything happens in one
/// transaction under an advisory lock, and a part whose table already exists is skipped.
/// </summary>
public static class DatabaseSchema
{
    /// <summary>
    /// Advisory lock key of the installer. Any fixed number works as long as every installer uses the same one; the
    /// lock is released with the transaction, so a crashed installer cannot leave it held.
    /// </summary>
    private const long InstallLockKey = 0x43415041_43495459; // "CAPACITY" in ASCII

    /// <summary>The parts in the order they must be applied: the query table first, which the others fill.</summary>
    internal static IReadOnlyList<SchemaScript> Scripts { get; } =
    [
        new("main", "PostgreSQL-Main.sql", "orleansquery", []),
        new("clustering", "PostgreSQL-Clustering.sql", "orleansmembershiptable",
        [
            "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
            "MembershipReadRowKey", "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey",
            "CleanupDefunctSiloEntriesKey",
        ]),
        new("persistence", "PostgreSQL-Persistence.sql", "orleansstorage",
            ["WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey"]),
    ];

    /// <summary>Applies every missing part; changes nothing on a database that has them all.</summary>
    /// <exception cref="ClusterSettingsException">The connection string is not a valid Npgsql connection string.</exception>
    /// <exception cref="DatabaseSchemaException">The server is unreachable, the login fails, or a script fails.</exception>
    public static async Task<SchemaInstallResult> InstallAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = Describe(connectionString);
        await using var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new DatabaseSchemaException($"Cannot connect to PostgreSQL at {target}: {Reason(e)}", e);
        }

        try
        {
            return await InstallPartsAsync(connection, cancellationToken);
        }
        catch (NpgsqlException e)
        {
            throw new DatabaseSchemaException($"Installing the schema into {target} failed: {Reason(e)}", e);
        }
    }

    private static async Task<SchemaInstallResult> InstallPartsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({InstallLockKey})", cancellationToken);

        var installed = new List<string>();
        var present = new List<string>();
        foreach (var script in Scripts)
        {
            // Checked after the lock is held: a concurrent installer has committed by then, and each statement
            // under READ COMMITTED sees what it committed.
            if (await TableExistsAsync(connection, transaction, script.Table, cancellationToken))
            {
                await RequireQueriesAsync(connection, transaction, script, cancellationToken);
                present.Add(script.Part);
                continue;
            }

            await ExecuteAsync(connection, transaction, ReadScript(script.File), cancellationToken);
            installed.Add(script.Part);
        }

        await transaction.CommitAsync(cancellationToken);
        return new SchemaInstallResult(installed, present);
    }

    private static async Task<bool> TableExistsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection, transaction);
        command.Parameters.AddWithValue("table", table);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    // A table without its queries was made by hand or by another tool; silos would fail later with "Not all required
    // queries found", so say it now instead of reporting the part as present.
    private static async Task RequireQueriesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, SchemaScript script, CancellationToken cancellationToken)
    {
        if (script.QueryKeys.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            "SELECT QueryKey FROM OrleansQuery WHERE QueryKey = ANY(@keys)", connection, transaction);
        command.Parameters.AddWithValue("keys", script.QueryKeys.ToArray());
        var found = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add(reader.GetString(0));
            }
        }

        var missing = script.QueryKeys.Where(key => !found.Contains(key)).ToArray();
        if (missing.Length > 0)
        {
            throw new DatabaseSchemaException(
                $"The {script.Part} part is only partly installed: table {script.Table} exists but OrleansQuery lacks "
                + $"{string.Join(", ", missing)}. Repair or drop it by hand; nothing was changed.");
        }
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The text of an embedded script (Sql/NAME, embedded as Capacity.Hosting.Sql.NAME).</summary>
    internal static string ReadScript(string file)
    {
        var name = $"Capacity.Hosting.Sql.{file}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded script {name} is missing from Capacity.Hosting.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>host:port, database and user of a connection string, for messages: never the password.</summary>
    internal static string Describe(string connectionString)
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

        var host = string.IsNullOrEmpty(builder.Host) ? "localhost" : builder.Host;
        var database = string.IsNullOrEmpty(builder.Database) ? "(default)" : builder.Database;
        var user = string.IsNullOrEmpty(builder.Username) ? "(default)" : builder.Username;
        return $"{host}:{builder.Port}, database '{database}', user '{user}'";
    }

    // Npgsql's outer message for a refused connection is only "Failed to connect to ..."; the socket error inside says why.
    private static string Reason(Exception e)
    {
        var reason = e.Message;
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (!reason.Contains(inner.Message, StringComparison.Ordinal))
            {
                reason += $" ({inner.Message})";
            }
        }

        return reason;
    }
}
