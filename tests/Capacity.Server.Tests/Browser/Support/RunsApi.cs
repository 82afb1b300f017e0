using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Capacity.Server.Tests.Browser.Support;

/// <summary>The host's REST API (web-contract.md), for runs a test needs but does not launch through the page.</summary>
public sealed class RunsApi(HttpClient http, string apiKey)
{
    /// <summary>
    /// A run still unfinished after this long fails the test: a safety net against a hung run, far above what the
    /// sample runs take, not an assertion about speed.
    /// </summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Launches <paramref name="request"/> (a RunRequest) and returns the new run's id.</summary>
    public async Task<string> LaunchAsync(JsonObject request)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "api/runs") { Content = JsonContent.Create(request) };
        message.Headers.Add("X-Api-Key", apiKey);
        using var response = await http.SendAsync(message);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/runs {request.ToJsonString()} → {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["id"]!.GetValue<string>();
    }

    /// <summary>Waits until run <paramref name="id"/> is terminal and fails unless it completed.</summary>
    public async Task WaitForCompletionAsync(string id)
    {
        using var limit = new CancellationTokenSource(Limit);
        while (true)
        {
            var status = await StatusAsync(id);
            switch (status["status"]!.GetValue<string>())
            {
                case "completed":
                    return;
                case "failed" or "cancelled":
                    Assert.Fail($"Run {id} did not complete: {status.ToJsonString()}");
                    return;
            }

            try
            {
                await Task.Delay(PollInterval, limit.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Run {id} still not finished after {Limit.TotalMinutes} min: {status.ToJsonString()}");
            }
        }
    }

    /// <summary>GET /api/runs/{id}.</summary>
    public async Task<JsonObject> StatusAsync(string id) =>
        (await http.GetFromJsonAsync<JsonObject>($"api/runs/{Uri.EscapeDataString(id)}"))!;

    /// <summary>The <c>path</c> of every entry of GET /api/runs/{id}/files.</summary>
    public async Task<IReadOnlyList<string>> FilePathsAsync(string id)
    {
        var files = (await http.GetFromJsonAsync<JsonArray>($"api/runs/{Uri.EscapeDataString(id)}/files"))!;
        return files.Select(f => f!["path"]!.GetValue<string>()).ToList();
    }

    /// <summary>GET <paramref name="path"/> (relative to the host) as JSON.</summary>
    public async Task<JsonNode> GetJsonAsync(string path) => (await http.GetFromJsonAsync<JsonNode>(path.TrimStart('/')))!;
}
