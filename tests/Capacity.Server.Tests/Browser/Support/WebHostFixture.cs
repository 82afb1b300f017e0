using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Capacity.Server.Tests.Browser.Support;

/// <summary>
/// The real web host on Kestrel (<see cref="CapacityWebApp.Build"/>, a free port on 127.0.0.1, the repository's
/// scenarios, a fresh runs directory) and one headless system Chromium driven by Playwright.
/// </summary>
public sealed class WebHostFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string _runsDirectory = Path.Combine(Path.GetTempPath(), "capacity-e2e-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private HttpClient? _http;

    /// <summary>The host's address, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The REST API of the host, for arranging what a test does not do through the page.</summary>
    public RunsApi Api { get; private set; } = null!;

    /// <summary>Completed runs shared by the tests that only look at results.</summary>
    public SampleRuns Samples { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // First, so a machine without Chromium fails fast with the install hint, before a silo starts.
        var chromium = ChromiumExecutable.Find();
        Directory.CreateDirectory(_runsDirectory);
        _app = CapacityWebApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            $"--Capacity:ScenariosDirectory={RepositoryRoot.Combine("scenarios")}",
            $"--Capacity:RunsDirectory={_runsDirectory}",
            $"--Capacity:ApiKey={ApiKey}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/');
        _http = new HttpClient { BaseAddress = new Uri(BaseUrl + "/") };
        Api = new RunsApi(_http, ApiKey);
        Samples = new SampleRuns(Api);

        // Playwright's driver (node) comes with the NuGet package, in .playwright/ of the test output: no network.
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });

        // Simulations finish in seconds, but on two shared cores a page may wait a while for them.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    /// <summary>A new page (own browser context, 1400×900) on the host; dispose it at the end of the test.</summary>
    public async Task<BrowserPage> OpenPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = Screenshots.Viewport,
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        return new BrowserPage(context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_browser is not null)
            {
                await _browser.CloseAsync();
            }

            _playwright?.Dispose();
            _http?.Dispose();
            if (_app is not null)
            {
                await _app.StopAsync();
                await _app.DisposeAsync();
            }
        }
        finally
        {
            await DeleteRunsDirectoryAsync();
        }
    }

    // A cancelled run may still be removing its temporary directory when the host stops: retry a little.
    private async Task DeleteRunsDirectoryAsync()
    {
        for (var attempt = 1; Directory.Exists(_runsDirectory); attempt++)
        {
            try
            {
                Directory.Delete(_runsDirectory, recursive: true);
            }
            catch (IOException) when (attempt < 5)
            {
                await Task.Delay(200);
            }
        }
    }
}
