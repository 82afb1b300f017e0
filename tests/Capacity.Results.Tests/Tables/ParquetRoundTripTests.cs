using Capacity.Results.Tests.TestData;

namespace Capacity.Results.Tests.Tables;

public sealed class ParquetRoundTripTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Theory]
    [InlineData("daily_hospital")]
    [InlineData("daily_ooad")]
    [InlineData("daily_national")]
    [InlineData("daily_warehouse")]
    public async Task Every_parquet_file_holds_the_same_columns_and_values_as_its_csv_twin(string table)
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var parquet = await ParquetFile.ReadAsync(Path.Combine(outcome.RunDirectory, table + ".parquet"));
        var csv = Runs.Lines(Path.Combine(outcome.RunDirectory, table + ".csv"));

        Assert.Equal(csv[0], string.Join(",", parquet.Fields.Select(f => f.Name)));
        Assert.Equal(csv.Skip(1), Enumerable.Range(0, parquet.Rows).Select(parquet.CsvLine));
    }

    [Fact]
    public async Task Hospital_columns_keep_their_types_and_days_of_supply_keeps_nulls()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var table = await ParquetFile.ReadAsync(Path.Combine(outcome.RunDirectory, "daily_hospital.parquet"));

        Assert.Equal(9, table.Rows);
        Assert.Equal([0, 0, 0, 1, 1, 1, 2, 2, 2], table.Column("day").Cast<int>());
        Assert.Equal(
            [new DateOnly(2020, 3, 1), new DateOnly(2020, 3, 2), new DateOnly(2020, 3, 3)],
            table.Column("date").Cast<DateOnly>().Distinct());
        Assert.Equal(["aaa", "aaa", "bbb"], table.Column("ooad").Take(3));
        Assert.Equal([100L, 0L, 0L, 85L, 0L, 0L, 0L, 0L, 0L], table.Column("on_hand_surgical_mask").Cast<long>());
        Assert.Equal(
            [10.0, null, null, 6.8, null, null, 0.0, null, null],
            table.Column("days_of_supply_surgical_mask").Cast<double?>());
        Assert.Equal(16.0 / 11, (double)table.Column("days_of_supply_n95")[8]!);
        Assert.True(table.Fields.Single(f => f.Name == "days_of_supply_n95").IsNullable);
        Assert.False(table.Fields.Single(f => f.Name == "hospital_id").IsNullable);
    }

    [Fact]
    public async Task The_central_warehouse_has_a_null_ooad()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var table = await ParquetFile.ReadAsync(Path.Combine(outcome.RunDirectory, "daily_warehouse.parquet"));

        Assert.Equal([null, "aaa", null, "aaa", null, "aaa"], table.Column("ooad"));
        Assert.Equal(["central", "ooad"], table.Column("kind").Take(2));
    }
}
