using System.Net;
using Capacity.Grains;
using Capacity.Grains.Checkpoints;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Runtime.Placement;
using Orleans.Serialization;
using Orleans.Storage;

namespace Capacity.Hosting;

/// <summary>Configures a silo for a <see cref="ClusterSettings"/>: the one place that knows how Capacity silos cluster.</summary>
public static class CapacitySiloBuilder
{
    /// <summary>The ADO.NET provider name of Npgsql (the default is SQL Server's, pitfalls 8.7).</summary>
    internal const string NpgsqlInvariant = "Npgsql";

    /// <summary>
    /// Embedded: localhost clustering on free ports (unless given) and memory checkpoint storage. PostgreSQL: ADO.NET
    /// membership and checkpoint storage in the database, fixed ports, quick failure detection and random placement.
    /// </summary>
    public static ISiloBuilder UseCapacityCluster(this ISiloBuilder silo, ClusterSettings settings)
    {
        if (!settings.IsCluster)
        {
            silo.UseLocalhostClustering(siloPort: settings.SiloPort ?? LocalPorts.Free(), gatewayPort: settings.GatewayPort ?? LocalPorts.Free());
            // A run asked to checkpoint on the embedded silo (tests, --checkpoint-every) keeps them in memory.
            silo.AddMemoryGrainStorage(CheckpointStorage.Name);
            return silo;
        }

        var connection = settings.PooledConnectionString;
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = ClusterSettings.ClusterId;
            o.ServiceId = ClusterSettings.ClusterId;
        });
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = NpgsqlInvariant;
            o.ConnectionString = connection;
        });
        silo.AddAdoNetGrainStorage(CheckpointStorage.Name, o =>
        {
            o.Invariant = NpgsqlInvariant;
            o.ConnectionString = connection;
        });
        // Checkpoints are immutable records with ImmutableArray/ImmutableSortedDictionary members and [GenerateSerializer]
        // ids; the Orleans binary serializer round-trips them exactly, where the default JSON one would need converters.
        silo.Services.AddOptions<AdoNetGrainStorageOptions>(CheckpointStorage.Name)
            .Configure<Serializer>((o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        ConfigureEndpoints(silo, settings);
        // A killed silo is declared dead after ~3 missed 2-second probes (~6-7 s) instead of Orleans' ~30 s default: a run
        // waits that long before its grains reactivate on the survivors.
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(2);
            o.NumMissedProbesLimit = 3;
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
        });
        // Spread a run's ~440 grains over every silo (the default, resource-optimised placement keeps a caller's
        // activations local, which on a client-driven run puts most of them on one silo).
        silo.Services.AddSingleton<PlacementStrategy, RandomPlacement>();
        return silo;
    }

    private static void ConfigureEndpoints(ISiloBuilder silo, ClusterSettings settings)
    {
        var siloPort = settings.SiloPort ?? ClusterSettings.DefaultSiloPort;
        var gatewayPort = settings.GatewayPort ?? ClusterSettings.DefaultGatewayPort;
        if (settings.Advertise is { } host)
        {
            // Containers and other machines: listen on every interface, tell the cluster the reachable address.
            var address = IPAddress.TryParse(host, out var parsed)
                ? parsed
                : Dns.GetHostAddresses(host).First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
            silo.ConfigureEndpoints(address, siloPort, gatewayPort, listenOnAnyHostAddress: true);
        }
        else
        {
            silo.ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort);
        }
    }
}
