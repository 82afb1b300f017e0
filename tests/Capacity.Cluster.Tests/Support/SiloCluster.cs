using Capacity.Hosting;
using Orleans.Runtime;

namespace Capacity.Cluster.Tests.Support;

/// <summary>
/// N <c>capacity silo</c> processes on one freshly initialised database, and a client of theirs in the test process
/// (the tests drive runs through it so they can act between days: kill the silo with most grains, stop PostgreSQL).
/// </summary>
public sealed class SiloCluster : IAsyncDisposable
{
    private static readonly TimeSpan JoinLimit = TimeSpan.FromMinutes(1);
    private readonly List<SiloProcess> _silos;

    private SiloCluster(string connectionString, List<SiloProcess> silos, ClusterClient client)
    {
        ConnectionString = connectionString;
        _silos = silos;
        Client = client;
    }

    public string ConnectionString { get; }

    public IReadOnlyList<SiloProcess> Silos => _silos;

    public ClusterClient Client { get; }

    /// <summary>Installs the schema in <paramref name="connectionString"/>'s database, starts the silos and waits until all are active.</summary>
    public static async Task<SiloCluster> StartAsync(string connectionString, int silos, string workingDirectory)
    {
        await DatabaseSchema.InstallAsync(connectionString, CancellationToken.None);
        var started = new List<SiloProcess>();
        try
        {
            foreach (var silo in await Task.WhenAll(Enumerable.Range(0, silos).Select(_ => SiloProcess.StartAsync(connectionString, workingDirectory))))
            {
                started.Add(silo);
            }

            var client = await ClusterClient.ConnectAsync(ClusterSettings.Resolve("postgres", connectionString), CancellationToken.None);
            var cluster = new SiloCluster(connectionString, started, client);
            await cluster.WaitForActiveSilosAsync(silos);
            return cluster;
        }
        catch
        {
            foreach (var silo in started)
            {
                await silo.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>SIGKILLs the silo that hosts most activations right now and returns it.</summary>
    public async Task<SiloProcess> KillBusiestAsync()
    {
        var statistics = await Client.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        var busiestPort = statistics
            .GroupBy(s => s.SiloAddress.Endpoint.Port)
            .OrderByDescending(g => g.Sum(s => s.ActivationCount))
            .ThenBy(g => g.Key)
            .First().Key;
        var silo = _silos.Single(s => s.SiloPort == busiestPort);
        await silo.KillAsync();
        return silo;
    }

    /// <summary>What every silo printed, for failure messages.</summary>
    public string Logs() => string.Join("\n", _silos.Select(s => $"--- silo {s.SiloPort} (pid {s.ProcessId}) ---\n{s.Output}"));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }
    }

    // A silo that started has written its row; the others learn of it within a membership refresh.
    private async Task WaitForActiveSilosAsync(int expected)
    {
        var deadline = DateTime.UtcNow + JoinLimit;
        while (await Client.ActiveSilosAsync() < expected)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"Only {await Client.ActiveSilosAsync()} of {expected} silos became active.\n{Logs()}");
            }

            await Task.Delay(250);
        }
    }
}
