using Capacity.Cluster.Tests.Support;
using Capacity.Hosting;
using Npgsql;

namespace Capacity.Cluster.Tests.Database;

/// <summary>
/// The installed scripts work with Orleans 10.4.2 itself: a real silo joins through the membership table and a grain
/// writes, re-reads and clears its state through AdoNetGrainStorage (see src/Capacity.Hosting/Sql/ORIGIN.md).
/// </summary>
public sealed class GrainStorageTests(PrivatePostgres postgres)
{
    [Fact]
    public async Task A_grain_state_written_to_PostgreSQL_survives_deactivation_and_clearing_leaves_no_payload()
    {
        var database = await postgres.CreateDatabaseAsync();
        await DatabaseSchema.InstallAsync(database, TestContext.Current.CancellationToken);
        await using var silo = await PostgresSilo.StartAsync(database, "storage-probe");
        var grain = silo.Grains.GetGrain<IStorageProbeGrain>(42);

        var fresh = await grain.Read();
        await grain.Write(7, "first");
        await grain.Write(14, "second");
        await grain.Deactivate();
        var reread = await ReadAfterDeactivationAsync(grain, expectedDay: 14);

        Assert.False(fresh.RecordExists);
        Assert.Equal((14, "second", true), (reread.Day, reread.Note, reread.RecordExists));
        var written = await StorageRowsAsync(database);
        Assert.Equal(new[] { (2, true) }, written);

        await grain.Clear();
        await grain.Deactivate();
        var cleared = await ReadAfterDeactivationAsync(grain, expectedDay: 0);

        Assert.Equal((0, ""), (cleared.Day, cleared.Note));
        var afterClear = await StorageRowsAsync(database);
        Assert.Equal(new[] { (3, false) }, afterClear);

        // After a clear the grain can write again on top of the kept row.
        await grain.Write(21, "third");
        await grain.Deactivate();
        Assert.Equal(21, (await ReadAfterDeactivationAsync(grain, expectedDay: 21)).Day);
    }

    [Fact]
    public async Task A_silo_on_the_installed_schema_registers_itself_as_active_in_the_membership_table()
    {
        var database = await postgres.CreateDatabaseAsync();
        await DatabaseSchema.InstallAsync(database, TestContext.Current.CancellationToken);

        await using (await PostgresSilo.StartAsync(database, "membership-probe"))
        {
            var whileRunning = await StatusesAsync(database);
            Assert.Equal(new[] { 3 }, whileRunning); // 3 = Active
        }

        // A graceful stop writes the silo's final status through UpdateMembershipKey.
        var afterStop = await StatusesAsync(database);
        Assert.Equal(new[] { 6 }, afterStop); // 6 = Dead
    }

    // Deactivation finishes after the call that asked for it returns; the next call may still reach the old
    // activation for a moment, so poll (bounded) until a read comes from a new one.
    private static async Task<ProbeState> ReadAfterDeactivationAsync(IStorageProbeGrain grain, int expectedDay)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var state = await grain.Read();
            if (state.Day == expectedDay || DateTime.UtcNow > deadline)
            {
                return state;
            }

            await Task.Delay(50);
        }
    }

    private static async Task<(int Version, bool HasPayload)[]> StorageRowsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT Version, PayloadBinary IS NOT NULL FROM OrleansStorage WHERE GrainTypeString LIKE '%probe%'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(int, bool)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetBoolean(1)));
        }

        return rows.ToArray();
    }

    private static async Task<int[]> StatusesAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT Status FROM OrleansMembershipTable ORDER BY Status", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var statuses = new List<int>();
        while (await reader.ReadAsync())
        {
            statuses.Add(reader.GetInt32(0));
        }

        return statuses.ToArray();
    }
}
