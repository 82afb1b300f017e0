using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Capacity.Hosting;

/// <summary>
/// A client of a PostgreSQL-backed cluster: it finds the silos' gateways in the membership table. The run's grains live
/// on the silos; the client drives the days and writes the run directory on its own machine.
/// </summary>
public sealed class ClusterClient : IAsyncDisposable
{
    /// <summary>
    /// How long a client keeps trying to reach a gateway: long enough for silos that are still starting (a compose
    /// `up`, a script that starts silos and a run together), short enough that a run with no silo at all fails.
    /// </summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    private readonly IHost _host;

    private ClusterClient(IHost host)
    {
        _host = host;
    }

    /// <summary>Grain factory of the cluster.</summary>
    public IGrainFactory Grains => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>Connects to the cluster <paramref name="settings"/> names.</summary>
    /// <exception cref="ClusterUnavailableException">No silo answered (none running, or the database is unreachable).</exception>
    public static async Task<ClusterClient> ConnectAsync(ClusterSettings settings, CancellationToken cancellationToken)
    {
        if (!settings.IsCluster)
        {
            throw new ArgumentException("A cluster client needs --cluster postgres.", nameof(settings));
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Error);
        var connection = settings.PooledConnectionString;
        var trying = System.Diagnostics.Stopwatch.StartNew();
        builder.UseOrleansClient(client =>
        {
            client.UseConnectionRetryFilter(async (_, cancellationToken) =>
            {
                if (trying.Elapsed > ConnectTimeout)
                {
                    return false;
                }

                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                return true;
            });
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = ClusterSettings.ClusterId;
                o.ServiceId = ClusterSettings.ClusterId;
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = CapacitySiloBuilder.NpgsqlInvariant;
                o.ConnectionString = connection;
            });
        });
        var host = builder.Build();
        // The membership read itself can hang on an unreachable database: bound the whole start, not only the retries.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(ConnectTimeout + TimeSpan.FromSeconds(15));
        try
        {
            await host.StartAsync(limit.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            var reason = e is OperationCanceledException ? $"no gateway answered within {ConnectTimeout.TotalSeconds:0} s." : e.Message;
            throw new ClusterUnavailableException(
                $"Could not reach the cluster '{ClusterSettings.ClusterId}' through PostgreSQL: {reason} "
                + "Is PostgreSQL up, was `capacity db init` run, and is at least one `capacity silo` running?", e);
        }

        return new ClusterClient(host);
    }

    /// <summary>Silos the cluster counts as active now.</summary>
    public async Task<int> ActiveSilosAsync()
    {
        var management = Grains.GetGrain<IManagementGrain>(0);
        return (await management.GetHosts(onlyActive: true)).Count;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync();
        }
        finally
        {
            _host.Dispose();
        }
    }
}
