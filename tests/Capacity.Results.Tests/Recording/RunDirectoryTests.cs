using Capacity.Results.Tests.TestData;

namespace Capacity.Results.Tests.Recording;

public sealed class RunDirectoryTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task While_recording_only_a_hidden_temp_directory_exists_next_to_the_run_directory()
    {
        var scenario = SmallRun.Scenario();
        await using var recorder = RunRecorder.Begin(_root.Combine("runs", "small"), scenario, ScenarioFactory.Provenance);

        recorder.Record(SmallRun.Days(scenario)[0]);

        var entry = Assert.Single(TempRoot.Entries(_root.Combine("runs")));
        Assert.Matches(@"^\.small\.tmp-[0-9a-f]{8}$", entry);
    }

    [Fact]
    public async Task Completing_creates_the_missing_parent_and_moves_the_run_into_place()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("runs", "nested", "small"));

        Assert.Equal(_root.Combine("runs", "nested", "small"), outcome.RunDirectory);
        Assert.Equal(["small"], TempRoot.Entries(_root.Combine("runs", "nested")));
        Assert.Equal(14, TempRoot.Entries(outcome.RunDirectory).Length);
    }

    [Fact]
    public async Task Disposing_without_completing_leaves_no_run_directory_and_no_temp_directory()
    {
        var scenario = SmallRun.Scenario();
        var recorder = RunRecorder.Begin(_root.Combine("runs", "small"), scenario, ScenarioFactory.Provenance);
        recorder.Record(SmallRun.Days(scenario)[0]);
        recorder.Record(SmallRun.Days(scenario)[1]);

        await recorder.DisposeAsync();

        Assert.Empty(TempRoot.Entries(_root.Combine("runs")));
    }

    [Fact]
    public async Task An_exception_during_the_run_leaves_nothing_behind()
    {
        var scenario = SmallRun.Scenario();

        await Assert.ThrowsAsync<TimeoutException>(async () =>
        {
            await using var recorder = RunRecorder.Begin(_root.Combine("runs", "small"), scenario, ScenarioFactory.Provenance);
            recorder.Record(SmallRun.Days(scenario)[0]);
            throw new TimeoutException("the engine gave up");
        });

        Assert.Empty(TempRoot.Entries(_root.Combine("runs")));
    }

    [Fact]
    public async Task A_cancelled_completion_leaves_the_previous_run_untouched_and_no_temp_directory()
    {
        var previous = await Runs.RecordSmallAsync(_root.Combine("runs", "small"));
        var before = previous.Files.Select(f => f.Sha256).ToArray();
        var scenario = SmallRun.Scenario();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await using var recorder = RunRecorder.Begin(_root.Combine("runs", "small"), scenario, ScenarioFactory.Provenance);
            foreach (var day in SmallRun.Days(scenario))
            {
                recorder.Record(day);
            }

            await recorder.CompleteAsync(ScenarioFactory.Execution(), cancelled.Token);
        });

        Assert.Equal(["small"], TempRoot.Entries(_root.Combine("runs")));
        Assert.Equal(previous.Files.Select(f => f.Name), TempRoot.Entries(previous.RunDirectory));
    }

    [Fact]
    public async Task Completing_over_an_existing_run_directory_replaces_it_entirely()
    {
        var target = _root.Combine("runs", "small");
        Directory.CreateDirectory(target);
        await File.WriteAllTextAsync(Path.Combine(target, "stale.txt"), "from an older run");

        var outcome = await Runs.RecordSmallAsync(target);

        Assert.Equal(["small"], TempRoot.Entries(_root.Combine("runs")));
        Assert.DoesNotContain("stale.txt", TempRoot.Entries(target));
        Assert.Equal(outcome.Files.Select(f => f.Name), TempRoot.Entries(target));
    }

    [Fact]
    public async Task A_trailing_separator_names_the_same_run_directory()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("runs", "small") + Path.DirectorySeparatorChar);

        Assert.Equal(_root.Combine("runs", "small"), outcome.RunDirectory);
        Assert.Equal(["small"], TempRoot.Entries(_root.Combine("runs")));
    }
}
