using System.Globalization;
using Capacity.Results.Plots;
using Capacity.Results.Tests.TestData;

namespace Capacity.Results.Tests.Plots;

/// <summary>Which charts the tables allow, the date ticks and the SVG clean-up, without drawing.</summary>
public sealed class ChartBuilderTests
{
    private static readonly string[] OxygenColumns = ["o2_demand_l", "o2_consumed_l", "o2_on_hand_l", "o2_plant_capacity_l", "o2_days_of_supply"];

    [Fact]
    public void Without_oxygen_modelled_there_is_no_oxygen_chart_even_with_the_zero_o2_columns()
    {
        var charts = RunCharts.For(SmallRun.Scenario(), NoOoads, Table(OxygenColumns));

        Assert.DoesNotContain(charts, c => c.FileStem == "oxygen");
        Assert.Equal(["national_census"], charts.Select(c => c.FileStem));
    }

    [Fact]
    public void With_oxygen_modelled_the_chart_draws_the_litres_in_millions_and_days_of_supply_on_the_right_axis()
    {
        var scenario = SmallRun.Scenario() with { Oxygen = Capacity.Scenarios.OxygenDefaults.Settings with { Enabled = true } };

        var oxygen = Assert.Single(RunCharts.For(scenario, NoOoads, Table(OxygenColumns)), c => c.FileStem == "oxygen");

        Assert.Equal(["demand", "consumed", "hospitals on hand", "plant capacity", "hospital days of supply (right axis)"], oxygen.Lines.Select(l => l.Label));
        Assert.Equal([LineStyle.Solid, LineStyle.Solid, LineStyle.Solid, LineStyle.Solid, LineStyle.RightAxis], oxygen.Lines.Select(l => l.Style));
        Assert.Equal([1e-6, 2e-6, 3e-6], oxygen.Lines[0].Values.Select(v => v!.Value));
        Assert.Equal([1.0, 2.0, 3.0], oxygen.Lines[4].Values.Select(v => v!.Value));
    }

    [Fact]
    public void With_oxygen_modelled_but_its_columns_missing_no_chart_is_made_up()
    {
        var scenario = SmallRun.Scenario() with { Oxygen = Capacity.Scenarios.OxygenDefaults.Settings with { Enabled = true } };

        Assert.DoesNotContain(RunCharts.For(scenario, NoOoads, Table("o2_demand_l")), c => c.FileStem == "oxygen");
    }

    [Fact]
    public void A_table_without_the_census_columns_gives_no_census_chart()
    {
        var table = SeriesTable.FromCsv("day,date,census_ward\n0,2020-03-01,4\n");

        Assert.Null(RunCharts.Census(table, new DateOnly(2020, 3, 1), "x", "t"));
    }

    [Fact]
    public void Csv_cells_become_numbers_texts_or_gaps()
    {
        var table = SeriesTable.FromCsv("day,date,ooad,ratio\n0,2020-03-01,aaa,0.5000\n1,2020-03-02,bbb,\n");

        Assert.Equal([0.5, null], table.Numbers("ratio"));
        Assert.Equal(new DateOnly(2020, 3, 1), table.FirstDate());
        Assert.Equal([1.0], table.Where("ooad", "bbb").Numbers("day").Select(v => v!.Value));
    }

    [Fact]
    public void A_year_is_ticked_at_month_starts_and_a_month_every_seven_days()
    {
        var year = DateTicks.For(new DateOnly(2020, 2, 27), 365);
        var month = DateTicks.For(new DateOnly(2020, 4, 1), 30);

        Assert.Equal(((double)3, "Mar 2020"), year[0]); // 2020 is a leap year: 27 Feb + 3 days
        Assert.Equal("Feb 2021", year[^1].Label);
        Assert.Equal(12, year.Length);
        Assert.Equal([(0.0, "2020-04-01"), (7.0, "2020-04-08"), (14.0, "2020-04-15"), (21.0, "2020-04-22"), (28.0, "2020-04-29")], month);
    }

    [Fact]
    public void Svg_clip_ids_are_renumbered_in_order_of_first_appearance_and_the_private_font_name_is_replaced()
    {
        var svg = """<svg><clipPath id="cl_3b"/><g clip-path="url(#cl_3b)"/><clipPath id="cl_4"/><g clip-path="url(#cl_4)"/><text font-family="DejaVu Sans">x</text></svg>""";

        Assert.Equal(
            """<svg><clipPath id="clip1"/><g clip-path="url(#clip1)"/><clipPath id="clip2"/><g clip-path="url(#clip2)"/><text font-family="DejaVu Sans, Verdana, sans-serif">x</text></svg>""",
            SvgText.Normalise(svg));
    }

    [Fact]
    public void Ensemble_band_charts_shade_p5_to_p95_and_draw_the_p50()
    {
        var columns = new[] { "census_ward", "census_icu", "covid_ward_beds", "covid_icu_beds", "turned_away_ward", "turned_away_icu" };
        var header = "day,date," + string.Join(',', columns.SelectMany(c => new[] { c + "_p5", c + "_p50", c + "_p95" }));
        var row = "0,2020-03-01," + string.Join(',', columns.SelectMany(_ => new[] { "1", "2", "3" }));
        var bands = SeriesTable.FromCsv(header + "\n" + row + "\n");

        var charts = EnsembleCharts.For("s", new DateOnly(2020, 3, 1), 5, bands);

        Assert.Equal(["bands_census", "bands_turned_away"], charts.Select(c => c.FileStem));
        Assert.Equal((1.0, 3.0), (charts[0].Bands[0].Lower[0]!.Value, charts[0].Bands[0].Upper[0]!.Value));
        Assert.Equal(2.0, charts[0].Lines[0].Values[0]);
    }

    [Fact]
    public void The_chart_font_comes_from_the_embedded_dejavu_sans_and_other_names_are_left_to_other_resolvers()
    {
        var resolver = new EmbeddedFontResolver();

        using var typeface = resolver.CreateTypeface(PlotFont.Name, bold: true, italic: false);

        Assert.Equal("DejaVu Sans", typeface!.FamilyName);
        Assert.Equal(6253, typeface.GlyphCount);
        Assert.Null(resolver.CreateTypeface("Arial", bold: false, italic: false));
    }

    private static SeriesTable NoOoads { get; } = SeriesTable.FromCsv("day,date\n");

    /// <summary>A national table of three days with the census columns (0) plus <paramref name="extra"/> (1, 2, 3; <c>o2_empty</c> empty).</summary>
    private static SeriesTable Table(params string[] extra)
    {
        var census = new[] { "covid_ward_beds", "covid_icu_beds", "census_ward", "census_icu", "turned_away_ward", "turned_away_icu" };
        var header = string.Join(',', new[] { "day", "date" }.Concat(census).Concat(extra));
        var rows = Enumerable.Range(0, 3).Select(d => string.Join(',', new[] { d.ToString(CultureInfo.InvariantCulture), $"2020-03-0{d + 1}" }
            .Concat(census.Select(_ => "0"))
            .Concat(extra.Select(e => e == "o2_empty" ? "" : (d + 1).ToString(CultureInfo.InvariantCulture)))));
        return SeriesTable.FromCsv(header + "\n" + string.Join('\n', rows) + "\n");
    }
}
