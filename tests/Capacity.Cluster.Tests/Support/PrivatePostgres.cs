using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Capacity.Cluster.Tests.Support;

/// <summary>
/// A private PostgreSQL server for tests, started from the Debian binaries (/usr/lib/postgresql/*/bin) in a fresh
/// /tmp/capacity-pg-* folder: loopback only, a free port, trust authentication, its socket in the folder. Nothing
/// of the system's own cluster is used or started. Used as an xunit assembly fixture (one server for the assembly;
/// each test takes a fresh database from <see cref="CreateDatabaseAsync"/>) or, for tests that stop the server,
/// started on its own with <see cref="StartNewAsync"/>.
/// </summary>
public sealed class PrivatePostgres : IAsyncLifetime
{
    /// <summary>Folder-name prefix under the temp folder; <see cref="StaleFolders"/> cleans up behind it.</summary>
    internal const string FolderPrefix = "capacity-pg-";

    /// <summary>File in the folder holding the id of the test process that owns the server.</summary>
    internal const string OwnerFile = "owner.pid";

    private static readonly TimeSpan ToolLimit = TimeSpan.FromMinutes(2);

    private readonly string _bin;
    private string? _folder;

    /// <summary>Finds the binaries; <see cref="InitializeAsync"/> creates and starts the server.</summary>
    /// <exception cref="InvalidOperationException">No PostgreSQL server binaries are installed.</exception>
    public PrivatePostgres()
    {
        _bin = FindBinaries();
    }

    /// <summary>initdb and postgres refuse to run as root; CI runs as root, so they run as user postgres then.</summary>
    internal static bool RunningAsRoot => Environment.IsPrivilegedProcess;

    /// <summary>TCP port of the server on 127.0.0.1.</summary>
    public int Port { get; private set; }

    /// <summary>The server's folder (data/, log, socket).</summary>
    public string Folder => _folder ?? throw new InvalidOperationException("The server has not been initialised.");

    /// <summary>Connection string of the server's built-in <c>postgres</c> database.</summary>
    public string AdminConnectionString => ConnectionString("postgres", pooling: false);

    private string DataFolder => Path.Combine(Folder, "data");

    private string LogFile => Path.Combine(Folder, "postgres.log");

    /// <summary>A server of its own, for a test that stops or restarts it. Dispose it.</summary>
    public static async Task<PrivatePostgres> StartNewAsync()
    {
        var server = new PrivatePostgres();
        try
        {
            await server.InitializeAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        StaleFolders.Clean(Path.GetTempPath());
        _folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
        await File.WriteAllTextAsync(Path.Combine(_folder, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (RunningAsRoot)
        {
            await ToolRun.RunAsync("chown", ["-R", "postgres:postgres", _folder], ToolLimit, asPostgres: false);
        }

        await ToolRun.RunAsync(Tool("initdb"),
            ["-D", DataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], ToolLimit);
        Port = FreePort();
        // Appended settings win over the defaults above them. fsync and friends are off: a test server's data may be
        // lost on a machine crash, and tests that restart it use a clean shutdown or crash only the postmaster.
        var settings = string.Join('\n',
            $"port = {Port}",
            "listen_addresses = '127.0.0.1'",
            $"unix_socket_directories = '{Folder}'",
            "max_connections = 300",
            "fsync = off",
            "synchronous_commit = off",
            "full_page_writes = off",
            "");
        await AppendSettingsAsync(settings);
        await StartAsync();
    }

    /// <summary>Starts the (stopped) server again on the same port and data.</summary>
    public Task StartAsync() =>
        ToolRun.RunAsync(Tool("pg_ctl"), ["start", "-D", DataFolder, "-l", LogFile, "-w", "-t", "60"], ToolLimit);

    /// <summary>Stops the server (fast shutdown: open sessions are ended, data is kept).</summary>
    public async Task StopAsync()
    {
        await ToolRun.RunAsync(Tool("pg_ctl"), ["stop", "-D", DataFolder, "-m", "fast", "-w", "-t", "60"], ToolLimit);
        // Pooled connections to the old server are dead; without this the next open would fail once per connection.
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "capacity_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name, pooling: true);
    }

    /// <summary>Connection string of database <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database, bool pooling = true) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        Pooling = pooling,
        MaxPoolSize = 20,
        Timeout = 10,
    }.ConnectionString;

    /// <summary>Stops the server at once (immediate shutdown) and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_folder is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
        {
            try
            {
                await ToolRun.RunAsync(Tool("pg_ctl"), ["stop", "-D", DataFolder, "-m", "immediate", "-w", "-t", "30"], ToolLimit);
            }
            catch (InvalidOperationException)
            {
                // Already stopped (a test stopped it): the folder still goes.
            }
        }

        Directory.Delete(_folder, recursive: true);
        _folder = null;
    }

    private async Task AppendSettingsAsync(string settings)
    {
        var file = Path.Combine(DataFolder, "postgresql.conf");
        await File.AppendAllTextAsync(file, "\n# capacity test server\n" + settings);
    }

    private string Tool(string name) => Path.Combine(_bin, name);

    // The newest installed major version; failing here fails every test that uses the server, on purpose: a missing
    // server must not read as a green run.
    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(version => Path.Combine(version, "bin"))
                .Where(folder => File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")))
                .OrderByDescending(folder => int.TryParse(Path.GetFileName(Path.GetDirectoryName(folder)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "No PostgreSQL server binaries in /usr/lib/postgresql/*/bin (initdb, pg_ctl). Install them with "
            + "'apt-get install -y --no-install-recommends postgresql' (.ci/run does this); the cluster tests start "
            + "private servers from them and never skip.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
