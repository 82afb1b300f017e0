namespace Capacity.Server.Tests.Browser.Support;

/// <summary>
/// The browser tests share one web host and one Chromium (<see cref="WebHostFixture"/>) and run one after the other:
/// two cores are shared with the other test projects, and a page waiting on a simulation should not race another.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<WebHostFixture>
{
    public const string Name = "Browser";
}
