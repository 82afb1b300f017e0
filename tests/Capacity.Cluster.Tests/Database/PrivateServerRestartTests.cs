using Capacity.Cluster.Tests.Support;
using Npgsql;

namespace Capacity.Cluster.Tests.Database;

/// <summary>The fixture's stop and start, which the "PostgreSQL restarts during a run" tests rely on.</summary>
public sealed class PrivateServerRestartTests
{
    [Fact]
    public async Task A_stopped_private_server_refuses_connections_and_keeps_its_data_when_started_again()
    {
        await using var server = await PrivatePostgres.StartNewAsync();
        var database = await server.CreateDatabaseAsync();
        await ExecuteAsync(database, "CREATE TABLE kept (n integer); INSERT INTO kept VALUES (7);");

        await server.StopAsync();
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => ExecuteAsync(database, "SELECT 1"));
        await server.StartAsync();

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT n FROM kept", connection);
        Assert.Equal(7, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Disposing_a_private_server_deletes_its_folder()
    {
        var server = await PrivatePostgres.StartNewAsync();
        var folder = server.Folder;

        await server.DisposeAsync();

        Assert.False(Directory.Exists(folder), $"{folder} is still there.");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
