namespace Capacity.Server.Tests.Results;

/// <summary>The test classes that read <see cref="NationalRun"/>: it is simulated once for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class NationalRunCollection : ICollectionFixture<NationalRun>
{
    public const string Name = "national run";
}
