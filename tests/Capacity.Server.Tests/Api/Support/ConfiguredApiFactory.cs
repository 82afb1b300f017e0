namespace Capacity.Server.Tests.Api.Support;

/// <summary>A host of its own with extra settings, for a test that needs a directory or limit no other test shares.</summary>
public sealed class ConfiguredApiFactory(IReadOnlyDictionary<string, string> settings) : CapacityApiFactory(settings)
{
    public ConfiguredApiFactory()
        : this(new Dictionary<string, string>())
    {
    }
}
