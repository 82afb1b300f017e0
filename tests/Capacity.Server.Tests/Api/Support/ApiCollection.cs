namespace Capacity.Server.Tests.Api.Support;

/// <summary>
/// The API test classes share one host (one embedded silo) and run one after another, so runs of one class do not
/// compete for the two cores or the concurrent-run limit with another's.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<CapacityApiFactory>
{
    public const string Name = "Api";
}
