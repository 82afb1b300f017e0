using Capacity.Server.Results;

namespace Capacity.Server.Tests.Results;

public sealed class DailyCsvTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("capacity-dailycsv-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Rows_of_one_day_are_exactly_that_days_lines()
    {
        var csv = Write("day,date,hospital_id,on_hand_n95\n0,2020-04-01,a,10\n0,2020-04-01,b,20\n1,2020-04-02,a,9\n1,2020-04-02,b,19\n2,2020-04-03,a,8\n");

        Assert.Equal([["1", "2020-04-02", "a", "9"], ["1", "2020-04-02", "b", "19"]], csv.Day(1).ToArray());
        Assert.Equal((0, 2), (csv.FirstDay, csv.LastDay));
        Assert.Equal(3, csv.Index["on_hand_n95"]);
    }

    [Fact]
    public void A_range_of_days_reads_from_the_first_to_the_last_inclusive()
    {
        var csv = Write("day,x\n0,a\n1,b\n2,c\n3,d\n");

        Assert.Equal(["b", "c"], csv.Rows(1, 2).Select(r => r[1]));
        Assert.Equal(["a", "b", "c", "d"], csv.Rows(-5, 99).Select(r => r[1]));
        Assert.Empty(csv.Rows(7, 9));
    }

    [Fact]
    public void Quoted_cells_with_commas_stay_one_field()
    {
        var csv = Write("day,entity_id,detail\n4,h1,\"census 7 of 7 beds, full\"\n");

        Assert.Equal("census 7 of 7 beds, full", Assert.Single(csv.Day(4))[2]);
    }

    [Fact]
    public void A_table_with_only_a_header_has_no_days()
    {
        var csv = Write("day,date,entity_id,kind,subject,detail\n");

        Assert.Equal(-1, csv.LastDay);
        Assert.Empty(csv.Rows(0, 10));
    }

    [Fact]
    public void A_missing_file_opens_as_null()
    {
        Assert.Null(DailyCsv.Open(Path.Combine(_directory, "none.csv")));
    }

    private DailyCsv Write(string text)
    {
        var path = Path.Combine(_directory, $"t{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return DailyCsv.Open(path)!;
    }
}
