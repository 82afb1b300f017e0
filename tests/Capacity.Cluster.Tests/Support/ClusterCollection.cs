namespace Capacity.Cluster.Tests.Support;

/// <summary>
/// Tests that start silo processes run one at a time: a 2-core machine with three silos and a client is busy enough,
/// and failure detection is timing-sensitive. The PostgreSQL server is the assembly fixture.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection
{
    public const string Name = "cluster";
}
