using Capacity.Domain.Simulation;
using Capacity.Results.Tests.TestData;

namespace Capacity.Results.Tests.Recording;

public sealed class RecordOrderTests : IDisposable
{
    private readonly TempRoot _root = new();
    private readonly Scenario _scenario = SmallRun.Scenario();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Skipping_a_day_throws()
    {
        await using var recorder = Begin();
        recorder.Record(Day(0));

        Assert.Throws<ArgumentException>(() => recorder.Record(Day(2)));
    }

    [Fact]
    public async Task Recording_a_day_twice_throws()
    {
        await using var recorder = Begin();
        recorder.Record(Day(0));

        Assert.Throws<ArgumentException>(() => recorder.Record(Day(0)));
    }

    [Fact]
    public async Task The_first_day_must_be_day_zero()
    {
        await using var recorder = Begin();

        Assert.Throws<ArgumentException>(() => recorder.Record(Day(1)));
    }

    [Fact]
    public async Task A_day_dated_differently_from_the_scenario_throws()
    {
        await using var recorder = Begin();

        Assert.Throws<ArgumentException>(() => recorder.Record(Day(0) with { Date = new DateOnly(2021, 1, 1) }));
    }

    [Fact]
    public async Task Hospitals_out_of_id_order_throw()
    {
        await using var recorder = Begin();
        var day = Day(0);

        Assert.Throws<ArgumentException>(() => recorder.Record(day with { Hospitals = [.. day.Hospitals.Reverse()] }));
    }

    [Fact]
    public async Task A_warehouse_missing_from_the_network_throws()
    {
        await using var recorder = Begin();
        var day = Day(0);

        Assert.Throws<ArgumentException>(() => recorder.Record(day with { Warehouses = [day.Warehouses[0], day.Warehouses[1] with { WarehouseId = "wh-zzz" }] }));
    }

    [Fact]
    public async Task A_rejected_day_writes_nothing_and_the_run_can_go_on()
    {
        await using var recorder = Begin();
        recorder.Record(Day(0));
        Assert.Throws<ArgumentException>(() => recorder.Record(Day(2)));

        recorder.Record(Day(1));
        recorder.Record(Day(2));
        var outcome = await recorder.CompleteAsync(ScenarioFactory.Execution());

        Assert.Equal(10, Runs.Lines(Path.Combine(outcome.RunDirectory, "daily_hospital.csv")).Length);
    }

    [Fact]
    public async Task Recording_past_the_last_day_throws()
    {
        var scenario = _scenario with { Days = 1 };
        await using var recorder = RunRecorder.Begin(_root.Combine("run"), scenario, ScenarioFactory.Provenance);
        recorder.Record(Day(0));

        Assert.Throws<ArgumentException>(() => recorder.Record(Day(1)));
    }

    [Fact]
    public async Task Completing_before_every_day_is_recorded_throws()
    {
        await using var recorder = Begin();
        recorder.Record(Day(0));

        await Assert.ThrowsAsync<InvalidOperationException>(() => recorder.CompleteAsync(ScenarioFactory.Execution()));
    }

    [Fact]
    public async Task Recording_after_completion_throws()
    {
        await using var recorder = Begin();
        foreach (var day in SmallRun.Days(_scenario))
        {
            recorder.Record(day);
        }

        await recorder.CompleteAsync(ScenarioFactory.Execution());

        Assert.Throws<InvalidOperationException>(() => recorder.Record(Day(2)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => recorder.CompleteAsync(ScenarioFactory.Execution()));
    }

    private RunRecorder Begin() => RunRecorder.Begin(_root.Combine("run"), _scenario, ScenarioFactory.Provenance);

    private DayResult Day(int day) => SmallRun.Days(_scenario)[day];
}
