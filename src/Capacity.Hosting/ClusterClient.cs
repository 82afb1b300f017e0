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
        builder.UseOrleansClient(client =>
        {
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
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw new ClusterUnavailableException(
                $"Could not reach the cluster '{ClusterSettings.ClusterId}' through PostgreSQL: {e.Message} "
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
