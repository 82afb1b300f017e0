using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Capacity.Server.Tests.Browser.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Capacity.Server.Tests.Browser.Launch;

[Collection(BrowserCollection.Name)]
public sealed class LaunchOptionsTests(WebHostFixture host)
{
    [Fact]
    public async Task The_policy_selects_and_a_shock_row_are_sent_as_overrides_and_the_server_accepts_them()
    {
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync("/");
        await browser.ByTestId("scenario-select").SelectOptionAsync("quick-mini");
        await Expect(browser.ByTestId("scenario-yaml")).ToHaveValueAsync(new Regex("name: quick-mini"));

        await browser.ByTestId("param-reconversion-policy").SelectOptionAsync("no-reconversion");
        await browser.ByTestId("param-supply-policy").SelectOptionAsync("push-proportional");
        await browser.ByTestId("add-shock").ClickAsync();
        await browser.ByTestId("shock-kind").SelectOptionAsync("demand-surge");
        await browser.ByTestId("shock-from").FillAsync("2020-04-05");
        await browser.ByTestId("shock-days").FillAsync("7");
        await browser.ByTestId("shock-factor").FillAsync("2");
        await browser.ScreenshotAsync("launch-options", publish: false);
        var request = await browser.Page.RunAndWaitForRequestAsync(
            () => browser.ByTestId("validate-button").ClickAsync(),
            r => r.Method == "POST" && r.Url.EndsWith("/api/scenarios/validate", StringComparison.Ordinal));

        var overrides = JsonNode.Parse(request.PostData!)!["overrides"]!;
        Assert.Equal("no-reconversion", overrides["reconversion.policy"]!.GetValue<string>());
        Assert.Equal("push-proportional", overrides["supply.policy"]!.GetValue<string>());
        Assert.Equal("demand-surge", overrides["shocks[0].kind"]!.GetValue<string>());
        Assert.Equal("2020-04-05", overrides["shocks[0].from"]!.GetValue<string>());
        Assert.Equal("7", overrides["shocks[0].days"]!.ToString());
        Assert.Equal("2", overrides["shocks[0].factor"]!.ToString());
        var response = await request.ResponseAsync();
        Assert.NotNull(response);
        var summary = JsonNode.Parse(await response.TextAsync())!;
        Assert.True(response.Ok, $"validate → {response.Status}: {summary.ToJsonString()}");
        Assert.Equal("no-reconversion", summary["reconversionPolicy"]!.GetValue<string>());
        Assert.Equal("push-proportional", summary["supplyPolicy"]!.GetValue<string>());
        Assert.Equal(1, summary["shocks"]!.GetValue<int>());
        await Expect(browser.ByTestId("validation-errors").Locator("li")).ToHaveCountAsync(0);
        browser.AssertHealthy();
    }

    [Fact]
    public async Task Uploading_a_scenario_file_puts_its_text_in_the_YAML_editor()
    {
        var file = RepositoryRoot.Combine("scenarios", "seir-2020.yaml");
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync("/");

        await browser.ByTestId("upload-file").SetInputFilesAsync(file);

        await Expect(browser.ByTestId("scenario-yaml")).ToHaveValueAsync(await File.ReadAllTextAsync(file));
        await browser.ScreenshotAsync();
        browser.AssertHealthy();
    }

    [Fact]
    public async Task Launching_without_an_API_key_asks_for_it_and_sends_nothing()
    {
        await using var browser = await host.OpenPageAsync();
        var launches = new List<string>();
        browser.Page.Request += (_, r) =>
        {
            if (r.Method == "POST" && r.Url.EndsWith("/api/runs", StringComparison.Ordinal))
            {
                launches.Add(r.Url);
            }
        };
        await browser.GotoAsync("/");
        await browser.ByTestId("scenario-select").SelectOptionAsync("quick-mini");
        await Expect(browser.ByTestId("scenario-yaml")).ToHaveValueAsync(new Regex("name: quick-mini"));

        await browser.ByTestId("launch-button").ClickAsync();

        await Expect(browser.ByTestId("launch-message")).ToContainTextAsync("API key");
        await Expect(browser.ByTestId("api-key")).ToBeFocusedAsync();
        Assert.Empty(launches);
        Assert.DoesNotContain("#/runs/", browser.Page.Url, StringComparison.Ordinal);
        await browser.ScreenshotAsync();
        browser.AssertHealthy();
    }

    [Fact]
    public async Task Launching_with_a_wrong_API_key_shows_the_servers_refusal_and_stays_on_the_form()
    {
        await using var browser = await host.OpenPageAsync();
        await browser.GotoAsync("/");
        await browser.ByTestId("api-key").FillAsync("not-the-key");
        await browser.ByTestId("scenario-select").SelectOptionAsync("quick-mini");
        await Expect(browser.ByTestId("scenario-yaml")).ToHaveValueAsync(new Regex("name: quick-mini"));

        var response = await browser.Page.RunAndWaitForResponseAsync(
            () => browser.ByTestId("launch-button").ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/api/runs", StringComparison.Ordinal));

        Assert.Equal(401, response.Status);
        await Expect(browser.ByTestId("launch-message").Locator(".alert-error")).ToContainTextAsync("API key");
        Assert.DoesNotContain("#/runs/", browser.Page.Url, StringComparison.Ordinal);
        await browser.ScreenshotAsync();
        browser.AssertHealthy("/api/runs");
    }
}
