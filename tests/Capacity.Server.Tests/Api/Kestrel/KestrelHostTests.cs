using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Capacity.Server.Tests.Api.Support;
using Microsoft.AspNetCore.Builder;

namespace Capacity.Server.Tests.Api.Kestrel;

/// <summary>
/// The host as <c>capacity serve</c> runs it, on Kestrel at <c>--urls http://127.0.0.1:0</c>: the bound address is in
/// <c>app.Urls</c>, and what the test server cannot show (body limits on chunked uploads, real HTTP) holds.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class KestrelHostTests
{
    private const int MaxUploadBytes = 4096;

    [Fact]
    public async Task The_host_binds_a_free_port_and_answers_on_it()
    {
        await using var host = await KestrelHost.StartAsync(MaxUploadBytes);

        var info = await host.Client.GetFromJsonAsync<JsonElement>("/api/info");

        Assert.Equal(MaxUploadBytes, info.GetProperty("limits").GetProperty("maxUploadBytes").GetInt32());
    }

    [Fact]
    public async Task A_chunked_upload_growing_past_MaxUploadBytes_is_413()
    {
        await using var host = await KestrelHost.StartAsync(MaxUploadBytes);
        var yaml = File.ReadAllText(Path.Combine(CapacityApiFactory.ScenariosDirectory, "quick-mini.yaml")) + "\n# " + new string('x', MaxUploadBytes) + "\n";
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { yaml }))));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/scenarios/validate") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>A Kestrel host of <see cref="CapacityWebApp"/> on a free loopback port with its own runs directory.</summary>
    private sealed class KestrelHost : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly string _runs;

        private KestrelHost(WebApplication app, string runs, HttpClient client)
        {
            _app = app;
            _runs = runs;
            Client = client;
        }

        public HttpClient Client { get; }

        public static async Task<KestrelHost> StartAsync(int maxUploadBytes)
        {
            var runs = Path.Combine(Path.GetTempPath(), "capacity-api-kestrel-" + Guid.NewGuid().ToString("N"));
            var app = CapacityWebApp.Build(
            [
                "--urls", "http://127.0.0.1:0",
                $"--Capacity:ScenariosDirectory={CapacityApiFactory.ScenariosDirectory}",
                $"--Capacity:RunsDirectory={runs}",
                $"--Capacity:ApiKey={CapacityApiFactory.ApiKey}",
                $"--Capacity:Limits:MaxUploadBytes={maxUploadBytes}",
            ]);
            await app.StartAsync();
            var url = Assert.Single(app.Urls);
            Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);
            Assert.DoesNotMatch(":0$", url);
            return new KestrelHost(app, runs, new HttpClient { BaseAddress = new Uri(url) });
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await _app.StopAsync();
            await _app.DisposeAsync();
            if (Directory.Exists(_runs))
            {
                Directory.Delete(_runs, recursive: true);
            }
        }
    }
}
