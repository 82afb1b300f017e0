using System.Net;
using System.Net.Sockets;
using Capacity.Cluster.Tests.Support;
using Capacity.Hosting;

namespace Capacity.Cluster.Tests.Database;

/// <summary><c>capacity db init</c> through the real program against a private PostgreSQL server.</summary>
public sealed class DbInitTests(PrivatePostgres postgres)
{
    private static Task<CliResult> InitAsync(string connectionString) =>
        CapacityCli.RunAsync("db", "init", "--connection", connectionString);

    [Fact]
    public async Task Db_init_on_an_empty_database_creates_the_query_membership_and_storage_tables()
    {
        var database = await postgres.CreateDatabaseAsync();

        var result = await InitAsync(database);

        result.AssertExitCode(0);
        Assert.Equal(
            ["installed: main", "installed: clustering", "installed: persistence", "Database initialised."],
            result.StdOutLines);
        var schema = await SchemaSnapshot.TakeAsync(database);
        Assert.Subset(
            new HashSet<string> { "orleansquery", "orleansmembershiptable", "orleansmembershipversiontable", "orleansstorage" },
            schema.Tables.ToHashSet());
        Assert.Equal(12, schema.Queries.Length);
    }

    [Fact]
    public async Task Db_init_on_an_initialised_database_succeeds_and_changes_nothing()
    {
        var database = await postgres.CreateDatabaseAsync();
        (await InitAsync(database)).AssertExitCode(0);
        var before = await SchemaSnapshot.TakeAsync(database);

        var again = await InitAsync(database);

        again.AssertExitCode(0);
        Assert.Equal(
            ["already present: main", "already present: clustering", "already present: persistence",
             "Database already initialised; nothing changed."],
            again.StdOutLines);
        var after = await SchemaSnapshot.TakeAsync(database);
        Assert.Equal(before.Tables, after.Tables);
        Assert.Equal(before.Functions, after.Functions);
        Assert.Equal(before.Queries, after.Queries);
    }

    [Fact]
    public async Task Two_concurrent_db_inits_on_a_fresh_database_both_succeed_and_install_once()
    {
        var database = await postgres.CreateDatabaseAsync();

        var results = await Task.WhenAll(InitAsync(database), InitAsync(database));

        results[0].AssertExitCode(0);
        results[1].AssertExitCode(0);
        // The advisory lock makes one of them install and the other find everything present.
        var installs = results.Count(result => result.StdOut.Contains("installed: persistence", StringComparison.Ordinal)
            && !result.StdOut.Contains("already present: persistence", StringComparison.Ordinal));
        Assert.Equal(1, installs);
        Assert.Equal(12, (await SchemaSnapshot.TakeAsync(database)).Queries.Length);
    }

    [Fact]
    public async Task Db_init_with_the_connection_string_in_CAPACITY_CONNECTION_uses_it()
    {
        var database = await postgres.CreateDatabaseAsync();

        var result = await CapacityCli.RunAsync(["db", "init"],
            new Dictionary<string, string?> { [ClusterSettings.ConnectionVariable] = database });

        result.AssertExitCode(0);
        Assert.Contains("installed: persistence", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Db_init_without_a_connection_string_exits_2_naming_the_option_and_the_variable()
    {
        var result = await CapacityCli.RunAsync("db", "init");

        result.AssertExitCode(2);
        Assert.Contains("--connection", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("CAPACITY_CONNECTION", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(result.StdOut);
    }

    [Fact]
    public async Task Db_init_with_a_malformed_connection_string_exits_2()
    {
        var result = await CapacityCli.RunAsync("db", "init", "--connection", "Host=127.0.0.1;Nonsense Key=1");

        result.AssertExitCode(2);
        Assert.Contains("not a valid Npgsql connection string", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Db_init_against_a_closed_port_exits_1_naming_the_server_but_not_the_password()
    {
        var port = ClosedPort();

        var result = await InitAsync($"Host=127.0.0.1;Port={port};Database=capacity;Username=capacity;Password=s3cret-pw;Timeout=5");

        result.AssertExitCode(1);
        Assert.Contains($"Cannot connect to PostgreSQL at 127.0.0.1:{port}, database 'capacity'", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", result.StdErr + result.StdOut, StringComparison.Ordinal);
    }

    // A port that was free a moment ago: nothing listens on it, so a connection is refused at once.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
