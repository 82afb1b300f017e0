using Capacity.Results.Tests.TestData;

namespace Capacity.Results.Tests.Tables;

public sealed class WarehouseCsvTests : IDisposable
{
    private const string QuietItem = "0,0,0,0,0,0,0,";

    // No stock-out and nothing held at the door, for each of the six items.
    private const string NoFlags = ",0,0,0,0,0,0,0,0,0,0,0,0,0.0";
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Header_has_the_warehouse_key_and_eight_columns_per_item()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var header = Runs.Lines(Path.Combine(outcome.RunDirectory, "daily_warehouse.csv"))[0];

        Assert.Equal(
            "day,date,warehouse_id,kind,ooad,"
            + string.Join(",", new[] { "surgical_mask", "n95", "glove_pair", "gown", "goggles", "face_shield" }.Select(Item))
            + "," + string.Join(",", new[] { "surgical_mask", "n95", "glove_pair", "gown", "goggles", "face_shield" }.Select(c => "stock_out_" + c))
            + "," + string.Join(",", new[] { "surgical_mask", "n95", "glove_pair", "gown", "goggles", "face_shield" }.Select(c => "held_inbound_" + c))
            + ",procurement_cost_mxn",
            header);
    }

    [Fact]
    public async Task The_central_warehouse_has_an_empty_ooad_and_an_ooad_warehouse_names_its_ooad()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var lines = Runs.Lines(Path.Combine(outcome.RunDirectory, "daily_warehouse.csv"));

        Assert.Equal(7, lines.Length);
        Assert.Equal(
            "1,2020-03-02,central,central,,950,450,50,0,50,50,0,19.0000," + string.Join(",", Enumerable.Repeat(QuietItem, 5)) + NoFlags,
            lines[3]);
        Assert.Equal(
            "1,2020-03-02,wh-aaa,ooad,aaa," + QuietItem + ",0,20,0,0,20,0,20,0.0000," + string.Join(",", Enumerable.Repeat(QuietItem, 4))
            + ",0,1,0,0,0,0,0,0,0,0,0,0,0.0",
            lines[4]);
    }

    private static string Item(string c) =>
        $"on_hand_{c},on_order_{c},in_transit_out_{c},received_{c},requested_{c},shipped_{c},backordered_{c},days_of_supply_{c}";
}
