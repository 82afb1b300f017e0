using System.Collections.Immutable;
using Capacity.Results.Comparison;
using Capacity.Results.Reading;
using Capacity.Results.Sweeps;

namespace Capacity.Results.Tests.Ensembles;

public sealed class SweepAndCompareTests
{
    [Fact]
    public void The_grid_has_the_product_of_the_value_counts_with_the_first_parameter_slowest()
    {
        var cells = SweepGrid.Cells([SweepParameter.Parse("a=1,2,3"), SweepParameter.Parse("b=x,y")]);

        Assert.Equal(6, cells.Length);
        Assert.Equal(["1/x", "1/y", "2/x", "2/y", "3/x", "3/y"], cells.Select(c => string.Join('/', c.Select(o => o.Value))));
        Assert.All(cells, c => Assert.Equal(["a", "b"], c.Select(o => o.Path)));
    }

    [Fact]
    public void Sweep_values_split_at_commas_outside_brackets()
    {
        Assert.Equal(["[csv]", "[csv,parquet]"], SweepParameter.Parse("outputs.formats=[csv],[csv,parquet]").Values);
    }

    [Fact]
    public void Compare_deltas_are_absolute_and_relative_to_the_first_run()
    {
        ImmutableArray<KpiValue> a = [new("deaths", 100), new("share", 0), new("peak", null)];
        ImmutableArray<KpiValue> b = [new("deaths", 125), new("share", 0.5), new("peak", 3)];

        var table = ComparisonTable.Build(["a", "b"], [a, b]);

        Assert.Equal((25.0, 0.25), (table.Rows[0].Deltas[1]!.Value, table.Rows[0].RelativeDeltas[1]!.Value));
        Assert.Equal((0.5, (double?)null), (table.Rows[1].Deltas[1]!.Value, table.Rows[1].RelativeDeltas[1]));
        Assert.Null(table.Rows[2].Deltas[1]);
        Assert.Equal("kpi,a,b,b_delta,b_delta_pct\ndeaths,100,125,25,25\nshare,0,0.5,0.5,\npeak,,3,,\n", ComparisonWriter.Csv(table));
    }
}
