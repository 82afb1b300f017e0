using Capacity.Domain.Simulation;
using Capacity.Results.Tests.TestData;

namespace Capacity.Results.Tests.Tables;

public sealed class EventsCsvTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Events_are_written_in_day_result_order_with_snake_case_kinds_and_quoted_details()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var lines = Runs.Lines(Path.Combine(outcome.RunDirectory, "events.csv"));

        Assert.Equal(
            [
                "day,date,entity_id,kind,subject,detail",
                "1,2020-03-02,h1,capacity_reached,icu,census 2 of 2 beds",
                "1,2020-03-02,h1,capacity_reached,ward,census 10 of 10 beds",
                "1,2020-03-02,h3,capacity_reached,icu,census 4 of 4 beds",
                "1,2020-03-02,h3,stock_out_started,n95,\"short 3, of 9 \"\"needed\"\"\"",
                "2,2020-03-03,h1,stock_out_started,surgical_mask,short 5",
                "2,2020-03-03,h3,capacity_relieved,icu,census 3 of 4 beds",
                "2,2020-03-03,h3,stock_out_started,n95,short 4",
            ],
            lines);
    }

    [Fact]
    public async Task Events_are_written_even_when_no_table_format_is_asked_for()
    {
        var scenario = SmallRun.Scenario() with { Outputs = [] };

        var outcome = await Runs.RecordAsync(_root.Combine("run"), scenario, SmallRun.Days(scenario));

        Assert.Equal(["events.csv", "manifest.json", "scenario.yaml", "shipments.csv", "summary.md", "transfers.csv"], outcome.Files.Select(f => f.Name));
        Assert.Equal(8, Runs.Lines(Path.Combine(outcome.RunDirectory, "events.csv")).Length);
    }

    [Theory]
    [InlineData(EventKind.CapacityReached, "capacity_reached")]
    [InlineData(EventKind.CapacityRelieved, "capacity_relieved")]
    [InlineData(EventKind.StockOutStarted, "stock_out_started")]
    [InlineData(EventKind.StockOutEnded, "stock_out_ended")]
    [InlineData(EventKind.Reconverted, "reconverted")]
    [InlineData(EventKind.UnitOpened, "unit_opened")]
    [InlineData(EventKind.UnitClosed, "unit_closed")]
    public async Task Every_event_kind_is_written_in_snake_case(EventKind kind, string code)
    {
        var scenario = SmallRun.Scenario();
        var days = SmallRun.Days(scenario);
        var day0 = days[0] with { Events = [new SimEvent(0, "h1", kind, "ward", "x")] };

        var outcome = await Runs.RecordAsync(_root.Combine("run"), scenario, [day0, days[1], days[2]]);

        Assert.Equal($"0,2020-03-01,h1,{code},ward,x", Runs.Lines(Path.Combine(outcome.RunDirectory, "events.csv"))[1]);
    }
}
