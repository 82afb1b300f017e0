using System.Net.Http.Json;
using System.Text.Json;
using Capacity.Domain.Simulation;
using Capacity.Results;
using Capacity.Scenarios;
using Microsoft.AspNetCore.Builder;

namespace Capacity.Server.Tests.Runs;

/// <summary>A run started in the web host writes the bytes the pure kernel writes for the same scenario and seed.</summary>
public sealed class WebRunDeterminismTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("capacity-webdet-").FullName;
    private WebApplication? _app;
    private HttpClient? _http;

    public async ValueTask InitializeAsync()
    {
        _app = CapacityWebApp.Build([
            "--urls", "http://127.0.0.1:0",
            $"--Capacity:ScenariosDirectory={RepositoryRoot.Combine("scenarios")}",
            $"--Capacity:RunsDirectory={Path.Combine(_root, "runs")}",
            "--Capacity:ApiKey=test-key",
        ]);
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
        _http.DefaultRequestHeaders.Add("X-Api-Key", "test-key");
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task A_web_run_writes_the_same_files_as_the_inline_kernel()
    {
        var started = await _http!.PostAsJsonAsync("/api/runs", new { scenario = "quick-mini", days = 20, seed = 11 });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await WaitForCompletionAsync(id);

        var loaded = ScenarioLoader.LoadFile(
            RepositoryRoot.Combine("scenarios", "quick-mini.yaml"),
            [new ScenarioOverride("seed", "11"), new ScenarioOverride("days", "20")]);
        var inline = Path.Combine(_root, "inline");
        await using (var engine = new InlineSimulator(loaded.Scenario))
        {
            await RunExecutor.ExecuteAsync(engine, 0, loaded.Scenario, new ScenarioProvenance(loaded.SourcePath, loaded.EffectiveYaml, loaded.Sha256), inline);
        }

        RunDirectories.AssertIdentical(inline, Path.Combine(_root, "runs", id));
    }

    private async Task WaitForCompletionAsync(string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var status = "";
        while (DateTime.UtcNow < deadline)
        {
            var run = await _http!.GetFromJsonAsync<JsonElement>($"/api/runs/{id}");
            status = run.GetProperty("status").GetString()!;
            if (status == "completed")
            {
                return;
            }

            Assert.True(status is "queued" or "running", $"run {id} ended {status}: {run.GetProperty("error")}");
            await Task.Delay(100);
        }

        Assert.Fail($"run {id} still {status} after 60 s");
    }
}
