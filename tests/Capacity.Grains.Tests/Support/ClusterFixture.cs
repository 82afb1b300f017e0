using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Capacity.Grains.Tests.Support;

/// <summary>An in-process Orleans cluster shared by the tests of one collection.</summary>
public abstract class ClusterFixture(short silos) : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    /// <summary>Number of silos in the cluster.</summary>
    public short Silos { get; } = silos;

    public async ValueTask InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(Silos);

        // Orleans 9.2+ places new activations by resource use, which keeps a run's grains next to their caller on
        // an idle test cluster. Random placement spreads every run over all silos, so the determinism tests
        // really cross silo boundaries.
        builder.ConfigureSilo((_, silo) => silo.Services.AddSingleton<PlacementStrategy, RandomPlacement>());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();
}

/// <summary>One silo.</summary>
public sealed class SingleSiloFixture() : ClusterFixture(1);

/// <summary>Two silos: grains of one run are spread over both, and calls between them are serialized.</summary>
public sealed class TwoSiloFixture() : ClusterFixture(2);
