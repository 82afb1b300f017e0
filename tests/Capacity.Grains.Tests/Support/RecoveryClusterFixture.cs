using Capacity.Grains.Checkpoints;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Capacity.Grains.Tests.Support;

/// <summary>
/// Three in-process silos with random placement and checkpoint storage outside every silo, for tests that take
/// grains or silos away mid-run. Each test class gets its own, since those tests damage the cluster.
/// </summary>
public sealed class RecoveryClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    /// <summary>The checkpoint storage every silo uses.</summary>
    public CheckpointRecords Storage { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(3);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<PlacementStrategy, RandomPlacement>();
            silo.Services.AddKeyedSingleton<IGrainStorage>(CheckpointStorage.Name, (services, _) => new SerializingCheckpointStorage(Storage, services.GetRequiredService<Serializer>()));
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();
}
