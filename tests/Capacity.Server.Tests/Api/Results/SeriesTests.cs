using System.Globalization;
using System.Net;
using System.Text.Json;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Results;

/// <summary><c>GET /api/runs/{id}/series/{level}</c> pages the daily tables of a completed run, cell for cell as in the CSV files.</summary>
[Collection(ApiCollection.Name)]
public sealed class SeriesTests(CapacityApiFactory api)
{
    [Fact]
    public async Task The_national_series_is_the_national_csv_cell_for_cell()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var series = await ApiJson.GetAsync(client, $"/api/runs/{id}/series/national");

        var table = CsvTable.Read(Path.Combine(api.RunDirectory(id), "daily_national.csv"));
        Assert.Equal("national", series.GetProperty("level").GetString());
        Assert.Equal(table.Header, ApiJson.Strings(series.GetProperty("columns")));
        Assert.Equal(ApiRuns.QuickDays, series.GetProperty("total").GetInt32());
        Assert.Equal(0, series.GetProperty("offset").GetInt32());
        Assert.Equal(500, series.GetProperty("limit").GetInt32());
        var rows = series.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(table.Rows.Count, rows.Length);
        for (var r = 0; r < rows.Length; r++)
        {
            var cells = rows[r].EnumerateArray().ToArray();
            Assert.Equal(table.Header.Length, cells.Length);
            for (var c = 0; c < cells.Length; c++)
            {
                AssertCell(table.Rows[r][c], cells[c], $"row {r} column {table.Header[c]}");
            }
        }
    }

    [Theory]
    [InlineData(0, 5, 5)]
    [InlineData(10, 10, 5)]
    [InlineData(14, 1, 1)]
    [InlineData(15, 5, 0)]
    public async Task Pages_have_the_rows_from_offset_up_to_limit_and_the_same_total(int offset, int limit, int expectedRows)
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var page = await ApiJson.GetAsync(client, $"/api/runs/{id}/series/national?columns=day&offset={offset}&limit={limit}");

        Assert.Equal(ApiRuns.QuickDays, page.GetProperty("total").GetInt32());
        Assert.Equal(offset, page.GetProperty("offset").GetInt32());
        Assert.Equal(limit, page.GetProperty("limit").GetInt32());
        var days = page.GetProperty("rows").EnumerateArray().Select(r => r[0].GetInt32()).ToArray();
        Assert.Equal(Enumerable.Range(offset, expectedRows), days);
    }

    [Fact]
    public async Task The_columns_filter_keeps_the_row_keys_and_the_named_columns()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var series = await ApiJson.GetAsync(client, $"/api/runs/{id}/series/national?columns=census_icu,covid_icu_beds");

        // The backend puts the row keys (day, date; the entity column below national) first, then the asked columns.
        Assert.Equal(["day", "date", "census_icu", "covid_icu_beds"], ApiJson.Strings(series.GetProperty("columns")));
        Assert.All(series.GetProperty("rows").EnumerateArray(), r => Assert.Equal(4, r.GetArrayLength()));
        var table = CsvTable.Read(Path.Combine(api.RunDirectory(id), "daily_national.csv"));
        Assert.Equal(
            table.Rows.Select(r => table.Long(r, "census_icu")),
            series.GetProperty("rows").EnumerateArray().Select(r => r[2].GetInt64()));
    }

    [Fact]
    public async Task From_and_to_are_inclusive_day_numbers()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var series = await ApiJson.GetAsync(client, $"/api/runs/{id}/series/national?columns=day,date&from=3&to=5");

        Assert.Equal(3, series.GetProperty("total").GetInt32());
        Assert.Equal([3, 4, 5], series.GetProperty("rows").EnumerateArray().Select(r => r[0].GetInt32()));
        Assert.Equal("2020-04-04", series.GetProperty("rows")[0][1].GetString());
    }

    [Fact]
    public async Task The_ooad_series_of_one_entity_has_one_row_a_day_of_that_ooad()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var series = await ApiJson.GetAsync(client, $"/api/runs/{id}/series/ooad?entity=nay&columns=census_ward");

        var ooad = Array.IndexOf(ApiJson.Strings(series.GetProperty("columns")), "ooad");
        Assert.True(ooad >= 0, $"no ooad column: {series.GetProperty("columns")}");
        Assert.Equal(ApiRuns.QuickDays, series.GetProperty("total").GetInt32());
        Assert.Equal(Enumerable.Range(0, ApiRuns.QuickDays), series.GetProperty("rows").EnumerateArray().Select(r => r[0].GetInt32()));
        Assert.All(series.GetProperty("rows").EnumerateArray(), r => Assert.Equal("nay", r[ooad].GetString()));
    }

    [Fact]
    public async Task The_hospital_series_filtered_by_ooad_has_the_hospital_rows_of_that_ooad()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var series = await ApiJson.GetAsync(client, $"/api/runs/{id}/series/hospital?ooad=yuc&columns=hospital_id,ooad&limit=5000");
        var columns = ApiJson.Strings(series.GetProperty("columns"));
        var (hospitalColumn, ooadColumn) = (Array.IndexOf(columns, "hospital_id"), Array.IndexOf(columns, "ooad"));

        var table = CsvTable.Read(Path.Combine(api.RunDirectory(id), "daily_hospital.csv"));
        var expected = table.Rows.Where(r => table.Cell(r, "ooad") == "yuc").Select(r => table.Cell(r, "hospital_id")).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Length, series.GetProperty("total").GetInt32());
        Assert.Equal(expected, series.GetProperty("rows").EnumerateArray().Select(r => CellText(r[hospitalColumn])));
        Assert.All(series.GetProperty("rows").EnumerateArray(), r => Assert.Equal("yuc", r[ooadColumn].GetString()));
    }

    [Fact]
    public async Task The_hospital_series_of_one_entity_is_that_hospital_every_day()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();
        var table = CsvTable.Read(Path.Combine(api.RunDirectory(id), "daily_hospital.csv"));
        var hospital = table.Cell(table.Rows[^1], "hospital_id");

        var series = await ApiJson.GetAsync(client, $"/api/runs/{id}/series/hospital?entity={Uri.EscapeDataString(hospital)}&columns=census_ward");

        var expected = table.Rows.Where(r => table.Cell(r, "hospital_id") == hospital).Select(r => table.Long(r, "census_ward")).ToArray();
        Assert.Equal(ApiRuns.QuickDays, expected.Length);
        Assert.Equal(expected.Length, series.GetProperty("total").GetInt32());
        var column = Array.IndexOf(ApiJson.Strings(series.GetProperty("columns")), "census_ward");
        Assert.Equal(expected, series.GetProperty("rows").EnumerateArray().Select(r => r[column].GetInt64()));
    }

    [Fact]
    public async Task An_entity_filter_at_the_national_level_is_400()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        await ApiJson.GetProblemAsync(client, $"/api/runs/{id}/series/national?entity=ags", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_warehouse_series_lists_every_warehouse_every_day()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var series = await ApiJson.GetAsync(client, $"/api/runs/{id}/series/warehouse?columns=day&limit=1");

        var table = CsvTable.Read(Path.Combine(api.RunDirectory(id), "daily_warehouse.csv"));
        Assert.Equal(table.Rows.Count, series.GetProperty("total").GetInt32());
        Assert.Single(series.GetProperty("rows").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_column_is_400()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var problem = await ApiJson.GetProblemAsync(client, $"/api/runs/{id}/series/national?columns=day,no_such_column", HttpStatusCode.BadRequest);

        Assert.Contains("no_such_column", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_level_is_400()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        await ApiJson.GetProblemAsync(client, $"/api/runs/{id}/series/planet", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_limit_above_5000_is_refused_or_capped_at_5000()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        using var response = await client.GetAsync($"/api/runs/{id}/series/national?columns=day&limit=5001");

        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            var page = await ApiJson.ReadAsync(response, HttpStatusCode.OK, "limit=5001");
            Assert.Equal(5000, page.GetProperty("limit").GetInt32());
        }
    }

    private static string CellText(JsonElement cell) =>
        cell.ValueKind == JsonValueKind.String ? cell.GetString()! : cell.GetRawText();

    private static void AssertCell(string csv, JsonElement cell, string where)
    {
        if (csv.Length == 0)
        {
            Assert.True(cell.ValueKind == JsonValueKind.Null, $"{where}: empty CSV cell should be null, got {cell.GetRawText()}");
        }
        else if (double.TryParse(csv, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            Assert.True(cell.ValueKind == JsonValueKind.Number, $"{where}: '{csv}' should be a JSON number, got {cell.GetRawText()}");
            Assert.Equal(number, cell.GetDouble());
        }
        else
        {
            Assert.Equal(csv, cell.GetString());
        }
    }
}
