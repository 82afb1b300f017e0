namespace Capacity.Cluster.Tests.Support;

/// <summary>
/// Tests that start silo processes share one private PostgreSQL server (a database each) and run one at a time: a
/// 2-core machine with three silos and a client is busy enough, and failure detection is timing-sensitive.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<PrivatePostgres>
{
    public const string Name = "cluster";
}
