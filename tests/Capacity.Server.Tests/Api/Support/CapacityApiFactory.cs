using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Capacity.Server.Tests.Api.Support;

/// <summary>
/// The web host under test: the repository's scenarios, a fresh temporary runs directory (deleted on dispose) and the
/// API key <see cref="ApiKey"/>. Extra settings (small limits) come from a derived fixture's constructor; each instance
/// starts its own embedded silo once, in <see cref="InitializeAsync"/>.
/// </summary>
public class CapacityApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The key the mutating endpoints accept.</summary>
    public const string ApiKey = "test-key";

    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Lazy<Task<string>> _completedRun;
    private readonly Lazy<Task<string>> _completedFullRun;

    public CapacityApiFactory()
        : this(new Dictionary<string, string>())
    {
    }

    protected CapacityApiFactory(IReadOnlyDictionary<string, string> settings)
    {
        _settings = settings;
        RunsDirectory = Path.Combine(Path.GetTempPath(), "capacity-api-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(RunsDirectory);
        _completedRun = new Lazy<Task<string>>(() => RunToCompletionAsync(ApiRuns.QuickMini()));
        _completedFullRun = new Lazy<Task<string>>(() => RunToCompletionAsync(new { scenario = "quick-mini" }));
    }

    /// <summary>The host's Capacity:RunsDirectory, empty at start.</summary>
    public string RunsDirectory { get; }

    /// <summary>The scenarios directory of the repository.</summary>
    public static string ScenariosDirectory => RepositoryRoot.Combine("scenarios");

    /// <summary>The directory of run <paramref name="id"/> on disk.</summary>
    public string RunDirectory(string id) => Path.Combine(RunsDirectory, id);

    /// <summary>A client without an API key.</summary>
    public HttpClient Anonymous() => CreateClient();

    /// <summary>A client sending <c>X-Api-Key: test-key</c>.</summary>
    public HttpClient Authorized()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    /// <summary>One completed quick-mini run of <see cref="ApiRuns.QuickDays"/> days, started on first use and shared by the tests that only read it.</summary>
    public Task<string> CompletedQuickMiniAsync() => _completedRun.Value;

    /// <summary>One completed quick-mini run of its full 60 days (past the wave's peak, with reconversion events), shared like <see cref="CompletedQuickMiniAsync"/>.</summary>
    public Task<string> CompletedFullQuickMiniAsync() => _completedFullRun.Value;

    /// <summary>Starts a run of <paramref name="request"/> and waits until it has completed.</summary>
    public async Task<string> RunToCompletionAsync(object request)
    {
        using var client = Authorized();
        var id = await ApiRuns.StartAsync(client, request);
        await ApiRuns.WaitForStatusAsync(client, id, "completed");
        return id;
    }

    public ValueTask InitializeAsync()
    {
        // Builds the host and starts the silo and the server now, once for the fixture's lifetime.
        _ = Server;
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (Directory.Exists(RunsDirectory))
        {
            Directory.Delete(RunsDirectory, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Capacity:ScenariosDirectory", ScenariosDirectory);
        builder.UseSetting("Capacity:RunsDirectory", RunsDirectory);
        builder.UseSetting("Capacity:ApiKey", ApiKey);
        // Requests and Orleans chatter at Information drown the test output; warnings and errors still show.
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
