using Capacity.Domain.Equipment;
using Capacity.Domain.Simulation;
using Capacity.Results.Tests.TestData;

namespace Capacity.Results.Tests.Tables;

public sealed class EquipmentColumnsTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Ooad_rows_report_the_units_on_hand_the_places_they_equip_and_the_binding_item()
    {
        // The equipment columns come before erc_teams_on_duty (0.0: the small run has no staffing settings), then the
        // oxygen columns (zeros: no oxygen), then the ventilator fleet's columns (zeros: the fleet is off).
        // Opening ICU beds (tier shares 0.3 x 0.2): aaa 2 + 1, bbb 3, each equipped; 10 monitors reach aaa over 2 days.
        var scenario = SmallRun.Scenario(OutputFormat.Csv) with { Equipment = Settings() };

        var outcome = await Runs.RecordAsync(_root.Combine("run"), scenario, SmallRun.Days(scenario));

        var ooad = Runs.Lines(Path.Combine(outcome.RunDirectory, "daily_ooad.csv"));
        Assert.EndsWith(",3,8,3,3,1,3,ventilator,0.0,0,0,0,0,0,0,,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0", ooad[1], StringComparison.Ordinal);
        Assert.EndsWith(",3,3,3,3,1,3,ventilator,0.0,0,0,0,0,0,0,,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0", ooad[2], StringComparison.Ordinal);
        Assert.EndsWith(",3,13,3,3,1,3,ventilator,0.0,0,0,0,0,0,0,,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0", ooad[3], StringComparison.Ordinal);
        var national = Runs.Lines(Path.Combine(outcome.RunDirectory, "daily_national.csv"));
        Assert.EndsWith(",6,11,6,6,2,6,,0.0,0,0,0,0,0,0,,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0", national[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_columns_equal_what_the_run_layout_gives_the_ooads()
    {
        var scenario = SmallRun.Scenario(OutputFormat.Csv) with { Equipment = Settings() };
        var equipment = RunLayout.For(scenario).Equipment["aaa"];

        var outcome = await Runs.RecordAsync(_root.Combine("run"), scenario, SmallRun.Days(scenario));

        var row = Runs.Lines(Path.Combine(outcome.RunDirectory, "daily_ooad.csv"))[3].Split(',');
        var units = equipment.On(ScenarioFactory.Start.AddDays(1));
        Assert.Equal(
            [.. EquipmentItems.All.Select(i => units.For(i).ToString(System.Globalization.CultureInfo.InvariantCulture)), equipment.Equipped(ScenarioFactory.Start.AddDays(1)).Places.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            row[^34..^28]);
    }

    private static EquipmentSettings Settings() => new(
        true,
        new EquipmentRates(1, 1, 1, 1, 0.1),
        true,
        EquipmentRates.Zero,
        [new EquipmentDelivery(EquipmentItem.Monitor, 10, ScenarioFactory.Start, ScenarioFactory.Start.AddDays(1), "aaa")],
        EquipmentAllocationKind.ProportionalToIcuBeds);
}
