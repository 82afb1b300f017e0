using System.Text.Json.Nodes;
using Capacity.Cluster.Tests.Support;

namespace Capacity.Cluster.Tests.Cluster;

/// <summary>
/// <c>capacity run --cluster postgres</c> is a client of silo processes that joined one cluster through PostgreSQL; the run
/// directory it writes is the embedded run's, byte for byte.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterRunTests(PrivatePostgres postgres) : IDisposable
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("capacity-cluster-run-");

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_national_run_spread_over_silo_processes_writes_the_embedded_runs_bytes(int silos)
    {
        await using var cluster = await SiloCluster.StartAsync(await postgres.CreateDatabaseAsync(), silos, _work.FullName);
        var scenario = RepositoryRoot.Combine("scenarios", "national-2020.yaml");

        var embedded = await CapacityCli.RunAsync(["run", scenario, "--days", "30", "-o", "embedded"], NoEnvironment, workingDirectory: _work.FullName);
        var clustered = await CapacityCli.RunAsync(
            ["run", scenario, "--days", "30", "-o", "cluster", "--cluster", "postgres"],
            new Dictionary<string, string?> { ["CAPACITY_CONNECTION"] = cluster.ConnectionString },
            workingDirectory: _work.FullName);

        embedded.AssertExitCode(0);
        Assert.True(clustered.ExitCode == 0, $"{clustered}\n{cluster.Logs()}");
        RunDirectories.AssertIdentical(Path.Combine(_work.FullName, "embedded"), Path.Combine(_work.FullName, "cluster"));
        var execution = JsonNode.Parse(File.ReadAllText(Path.Combine(_work.FullName, "cluster", "manifest.json")))!["execution"]!;
        Assert.Equal(silos, (int)execution["silos"]!);
    }

    [Fact]
    public async Task A_client_without_any_silo_fails_with_a_clear_error_and_writes_nothing()
    {
        var connection = await postgres.CreateDatabaseAsync();
        await Capacity.Hosting.DatabaseSchema.InstallAsync(connection, CancellationToken.None);

        var run = await CapacityCli.RunAsync(
            ["run", RepositoryRoot.Combine("scenarios", "quick-mini.yaml"), "-o", "out", "--cluster", "postgres"],
            new Dictionary<string, string?> { ["CAPACITY_CONNECTION"] = connection },
            workingDirectory: _work.FullName);

        run.AssertExitCode(1);
        Assert.Contains("capacity silo", run.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_work.FullName, "out")));
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_is_bad_input()
    {
        var run = await CapacityCli.RunAsync(
            ["run", RepositoryRoot.Combine("scenarios", "quick-mini.yaml"), "--cluster", "postgres"], NoEnvironment, workingDirectory: _work.FullName);

        run.AssertExitCode(2);
        Assert.Contains("CAPACITY_CONNECTION", run.StdErr, StringComparison.Ordinal);
    }

    public void Dispose() => _work.Delete(recursive: true);
}
