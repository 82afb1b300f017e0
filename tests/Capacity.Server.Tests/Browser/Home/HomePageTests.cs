using Capacity.Server.Tests.Browser.Support;
using static Microsoft.Playwright.Assertions;

namespace Capacity.Server.Tests.Browser.Home;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(WebHostFixture host)
{
    [Fact]
    public async Task The_home_page_loads_with_the_Capacity_title()
    {
        await using var browser = await host.OpenPageAsync();

        var response = await browser.GotoAsync("/");

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        await Expect(browser.Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("Capacity"));
        browser.AssertNoScriptErrors();
    }
}
