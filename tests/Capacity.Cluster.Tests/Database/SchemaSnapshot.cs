using Npgsql;

namespace Capacity.Cluster.Tests.Database;

/// <summary>What db init may create in a database: tables, functions and OrleansQuery rows, for before/after comparisons.</summary>
internal sealed record SchemaSnapshot(string[] Tables, string[] Functions, string[] Queries)
{
    public static async Task<SchemaSnapshot> TakeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = await ListAsync(connection, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
        var functions = await ListAsync(connection,
            "SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' FROM pg_proc p "
            + "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' ORDER BY 1");
        var queries = tables.Contains("orleansquery")
            ? await ListAsync(connection, "SELECT QueryKey || E'\\n' || QueryText FROM OrleansQuery ORDER BY QueryKey")
            : [];
        return new SchemaSnapshot(tables, functions, queries);
    }

    private static async Task<string[]> ListAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows.ToArray();
    }
}
