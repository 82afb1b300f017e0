using Capacity.Domain.Simulation;
using Capacity.Results.Comparison;
using Capacity.Results.Tests.TestData;

namespace Capacity.Results.Tests.Plots;

/// <summary>The difference charts of <c>capacity compare</c>: drawn when both runs have their national CSV, skipped with a reason otherwise.</summary>
public sealed class ComparisonPlotTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Two_runs_with_their_national_csv_get_one_difference_chart_next_to_the_markdown()
    {
        var a = await Runs.RecordSmallAsync(_root.Combine("a"), OutputFormat.Csv);
        var b = await Runs.RecordSmallAsync(_root.Combine("b"), OutputFormat.Csv);

        var (written, skipped) = await ComparisonPlots.WriteAsync([a.RunDirectory, b.RunDirectory], _root.Combine("out", "cmp.md"));

        Assert.Equal([_root.Combine("out", "cmp_diff_b.png"), _root.Combine("out", "cmp_diff_b.svg")], written);
        Assert.Empty(skipped);
        Assert.Equal(["cmp_diff_b.png", "cmp_diff_b.svg"], TempRoot.Entries(_root.Combine("out")));
    }

    [Fact]
    public async Task A_run_without_its_national_csv_gets_no_chart_and_the_reason_is_given()
    {
        var a = await Runs.RecordSmallAsync(_root.Combine("a"), OutputFormat.Csv);
        var b = await Runs.RecordSmallAsync(_root.Combine("b"), OutputFormat.Parquet);

        var (written, skipped) = await ComparisonPlots.WriteAsync([a.RunDirectory, b.RunDirectory], _root.Combine("cmp.md"));

        Assert.Empty(written);
        Assert.Equal(["cmp_diff_b: b has no daily_national.csv"], skipped);
        Assert.False(File.Exists(_root.Combine("cmp_diff_b.png")));
    }
}
