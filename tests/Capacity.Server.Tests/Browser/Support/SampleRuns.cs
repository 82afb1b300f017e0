using System.Text.Json.Nodes;

namespace Capacity.Server.Tests.Browser.Support;

/// <summary>
/// Completed runs launched once through the API and shared by the result pages' tests (run, stock, map, compare):
/// quick-mini over 20 days, or national-2020 over 120 days when the screenshots are published
/// (<see cref="Screenshots.Publishing"/>), for pictures with the whole country; both with plots.
/// </summary>
public sealed class SampleRuns(RunsApi api)
{
    private readonly Lazy<Task<string>> _first = new(() => LaunchAsync(api, seed: null));
    private readonly Lazy<Task<string>> _second = new(() => LaunchAsync(api, seed: 11));

    /// <summary>The scenario of both sample runs.</summary>
    public static string Scenario => Screenshots.Publishing ? "national-2020" : "quick-mini";

    /// <summary>Days of both sample runs.</summary>
    public static int Days => Screenshots.Publishing ? 120 : 20;

    /// <summary>The OOAD codes of <see cref="Scenario"/>'s network that the tests filter by.</summary>
    public static string SomeOoad => Screenshots.Publishing ? "jal" : "yuc";

    /// <summary>The id of the first sample run (the scenario's own seed), completed.</summary>
    public Task<string> FirstAsync() => _first.Value;

    /// <summary>The id of the second sample run (another seed), completed.</summary>
    public Task<string> SecondAsync() => _second.Value;

    private static async Task<string> LaunchAsync(RunsApi api, long? seed)
    {
        // With plots (national-2020 has them on already), so the run page has pictures to show.
        var request = new JsonObject
        {
            ["scenario"] = Scenario,
            ["days"] = Days,
            ["overrides"] = new JsonObject { ["outputs.plots"] = "true" },
        };
        if (seed is { } value)
        {
            request["seed"] = value;
        }

        var id = await api.LaunchAsync(request);
        await api.WaitForCompletionAsync(id);
        return id;
    }
}
