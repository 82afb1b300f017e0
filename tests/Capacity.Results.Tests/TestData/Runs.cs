using Capacity.Domain.Simulation;

namespace Capacity.Results.Tests.TestData;

/// <summary>Records whole runs through the public API.</summary>
internal static class Runs
{
    public static async Task<RunOutcome> RecordAsync(string runDirectory, Scenario scenario, IEnumerable<DayResult> days, ExecutionInfo? execution = null)
    {
        await using var recorder = RunRecorder.Begin(runDirectory, scenario, ScenarioFactory.Provenance);
        foreach (var day in days)
        {
            recorder.Record(day);
        }

        return await recorder.CompleteAsync(execution ?? ScenarioFactory.Execution());
    }

    public static Task<RunOutcome> RecordSmallAsync(string runDirectory, params OutputFormat[] outputs)
    {
        var scenario = SmallRun.Scenario(outputs);
        return RecordAsync(runDirectory, scenario, SmallRun.Days(scenario));
    }

    /// <summary>The lines of a text file, which must end with "\n" and contain no "\r".</summary>
    public static string[] Lines(string path)
    {
        var text = File.ReadAllText(path);
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return text[..^1].Split('\n');
    }
}
