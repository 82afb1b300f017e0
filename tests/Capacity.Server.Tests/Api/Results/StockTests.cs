using System.Net;
using System.Text.Json;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Results;

/// <summary><c>GET /api/runs/{id}/stock</c>, <c>/stock-outs</c> and <c>/shipments</c>: the supply chain on one day of a completed run.</summary>
[Collection(ApiCollection.Name)]
public sealed class StockTests(CapacityApiFactory api)
{
    private static readonly string[] Items = ["surgical_mask", "n95", "glove_pair", "gown", "goggles", "face_shield"];

    private static readonly string[] Ooads = ["ags", "cdmx-norte", "nay", "yuc"];

    [Fact]
    public async Task The_stock_defaults_to_the_last_day_of_every_hospital_and_item()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var stock = await ApiJson.GetAsync(client, $"/api/runs/{id}/stock?limit=5000");

        Assert.Equal(ApiRuns.QuickDays - 1, stock.GetProperty("day").GetInt32());
        Assert.Equal("2020-04-15", stock.GetProperty("date").GetString());
        Assert.Equal(ApiRuns.QuickDays, stock.GetProperty("days").GetInt32());
        Assert.Equal(Items, ApiJson.Strings(stock.GetProperty("items")));
        Assert.Equal(Ooads, ApiJson.Strings(stock.GetProperty("ooads")));
        var hospitals = HospitalsOnLastDay(id);
        var rows = stock.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(hospitals.Count * Items.Length, stock.GetProperty("total").GetInt32());
        Assert.Equal(hospitals.Count * Items.Length, rows.Length);
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("inTransit").ValueKind));
    }

    [Fact]
    public async Task The_hospital_stock_is_the_hospital_table_of_that_day()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var stock = await ApiJson.GetAsync(client, $"/api/runs/{id}/stock?day=6&level=hospital&item=n95&limit=5000");

        var table = CsvTable.Read(Path.Combine(api.RunDirectory(id), "daily_hospital.csv"));
        var expected = table.Rows.Where(r => table.Cell(r, "day") == "6")
            .ToDictionary(r => table.Cell(r, "hospital_id"), r => (OnHand: table.Long(r, "on_hand_n95"), OnOrder: table.Long(r, "on_order_n95")));
        var rows = stock.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(6, stock.GetProperty("day").GetInt32());
        Assert.Equal(expected.Count, rows.Length);
        foreach (var row in rows)
        {
            var hospital = Text(row.GetProperty("entityId"));
            Assert.Equal("n95", row.GetProperty("item").GetString());
            Assert.Equal(expected[hospital].OnHand, row.GetProperty("onHand").GetInt64());
            Assert.Equal(expected[hospital].OnOrder, row.GetProperty("onOrder").GetInt64());
        }
    }

    [Fact]
    public async Task Filtering_by_ooad_and_item_keeps_only_those_rows()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var stock = await ApiJson.GetAsync(client, $"/api/runs/{id}/stock?ooad=nay&item=gown&limit=5000");

        var rows = stock.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(HospitalsOnLastDay(id).Count(h => h.Value == "nay"), rows.Length);
        Assert.Equal(rows.Length, stock.GetProperty("total").GetInt32());
        Assert.All(rows, r =>
        {
            Assert.Equal("nay", r.GetProperty("ooad").GetString());
            Assert.Equal("gown", r.GetProperty("item").GetString());
        });
    }

    [Theory]
    [InlineData("onHand", false)]
    [InlineData("onHand", true)]
    [InlineData("onOrder", true)]
    [InlineData("daysOfSupply", false)]
    public async Task Sorting_orders_the_rows_by_that_field(string sort, bool desc)
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var stock = await ApiJson.GetAsync(client, $"/api/runs/{id}/stock?item=n95&sort={sort}&desc={(desc ? "true" : "false")}&limit=5000");

        var values = stock.GetProperty("rows").EnumerateArray()
            .Select(r => r.GetProperty(sort))
            .Where(v => v.ValueKind == JsonValueKind.Number)
            .Select(v => v.GetDouble())
            .ToArray();
        Assert.True(values.Length > 1, "too few rows to see an order");
        var ordered = desc ? values.OrderDescending() : values.Order();
        Assert.Equal(ordered, values);
    }

    [Fact]
    public async Task Sorting_by_entity_id_pages_through_every_row_once()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var all = await ApiJson.GetAsync(client, $"/api/runs/{id}/stock?sort=entityId&limit=5000");
        var first = await ApiJson.GetAsync(client, $"/api/runs/{id}/stock?sort=entityId&offset=0&limit=7");
        var second = await ApiJson.GetAsync(client, $"/api/runs/{id}/stock?sort=entityId&offset=7&limit=7");

        var keys = Keys(all);
        Assert.Equal(keys.Take(14), Keys(first).Concat(Keys(second)));
        Assert.Equal(keys.Distinct().Count(), keys.Length);
    }

    [Fact]
    public async Task The_warehouse_stock_has_in_transit_quantities()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var stock = await ApiJson.GetAsync(client, $"/api/runs/{id}/stock?level=warehouse&limit=5000");

        var rows = stock.GetProperty("rows").EnumerateArray().ToArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Number, r.GetProperty("inTransit").ValueKind));
        Assert.All(rows, r => Assert.True(r.GetProperty("onHand").GetInt64() >= 0));
    }

    [Fact]
    public async Task The_stock_outs_are_the_stock_rows_flagged_out_of_stock()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        foreach (var day in new[] { 0, 7, ApiRuns.QuickDays - 1 })
        {
            var stock = await ApiJson.GetAsync(client, $"/api/runs/{id}/stock?day={day}&level=hospital&limit=5000");
            var outs = await ApiJson.GetAsync(client, $"/api/runs/{id}/stock-outs?day={day}");

            var flagged = stock.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("stockOut").GetBoolean())
                .Select(r => $"{Text(r.GetProperty("entityId"))}/{r.GetProperty("item").GetString()}").Order(StringComparer.Ordinal);
            var listed = outs.EnumerateArray().Where(o => o.GetProperty("level").GetString() == "hospital")
                .Select(o => $"{Text(o.GetProperty("entityId"))}/{o.GetProperty("item").GetString()}").Order(StringComparer.Ordinal);
            Assert.Equal(flagged, listed);
            Assert.All(outs.EnumerateArray(), o => Assert.InRange(o.GetProperty("sinceDay").GetInt32(), 0, day));
        }
    }

    [Fact]
    public async Task The_hospital_stock_outs_of_a_day_are_the_stock_out_flags_of_the_hospital_table()
    {
        // No opening stock and no N95 supplier: hospitals run out as soon as patients come.
        var id = await api.RunToCompletionAsync(new
        {
            scenario = "quick-mini",
            days = 30,
            overrides = new Dictionary<string, string>
            {
                ["supply.initialStock.hospitalDays"] = "0",
                ["supply.initialStock.regionalDays"] = "0",
                ["supply.initialStock.centralDays"] = "0",
                ["supply.items.n95.supplierDailyCapacity"] = "0",
            },
        });
        using var client = api.Anonymous();
        var table = CsvTable.Read(Path.Combine(api.RunDirectory(id), "daily_hospital.csv"));
        var seen = 0;

        for (var day = 0; day < 30; day += 2)
        {
            var outs = await ApiJson.GetAsync(client, $"/api/runs/{id}/stock-outs?day={day}");

            var text = day.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var flagged = table.Rows.Where(r => table.Cell(r, "day") == text)
                .SelectMany(r => Items.Where(i => table.Cell(r, "stock_out_" + i) == "1").Select(i => $"{table.Cell(r, "hospital_id")}/{i}"))
                .Order(StringComparer.Ordinal)
                .ToArray();
            var listed = outs.EnumerateArray().Where(o => o.GetProperty("level").GetString() == "hospital")
                .Select(o => $"{Text(o.GetProperty("entityId"))}/{o.GetProperty("item").GetString()}")
                .Order(StringComparer.Ordinal);
            Assert.True(flagged.SequenceEqual(listed), $"day {day}: table [{string.Join(", ", flagged)}] vs API [{string.Join(", ", listed)}]");
            seen += flagged.Length;
        }

        Assert.True(seen > 0, "the starved run has no hospital stock-out to compare");
    }

    [Fact]
    public async Task The_shipments_of_a_day_name_known_items_and_positive_quantities()
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        var shipments = await ApiJson.GetAsync(client, $"/api/runs/{id}/shipments?day=5");

        Assert.Equal(5, shipments.GetProperty("day").GetInt32());
        Assert.Equal("2020-04-06", shipments.GetProperty("date").GetString());
        var moves = shipments.GetProperty("shipped").EnumerateArray().Concat(shipments.GetProperty("received").EnumerateArray()).ToArray();
        Assert.All(moves, m =>
        {
            Assert.Contains(m.GetProperty("item").GetString(), Items);
            Assert.Contains(m.GetProperty("ooad").GetString(), Ooads.Append("")); // "" for the central warehouse and the supplier
            Assert.True(m.GetProperty("quantity").GetDouble() > 0, $"a shipment of nothing: {m}");
        });
    }

    [Fact]
    public async Task The_shipments_add_up_to_the_warehouse_shipped_and_node_received_columns()
    {
        var id = await api.CompletedFullQuickMiniAsync();
        using var client = api.Anonymous();
        var warehouses = CsvTable.Read(Path.Combine(api.RunDirectory(id), "daily_warehouse.csv"));
        var hospitals = CsvTable.Read(Path.Combine(api.RunDirectory(id), "daily_hospital.csv"));
        var moved = 0.0;

        foreach (var day in new[] { 1, 10, 25, 40 })
        {
            var shipments = await ApiJson.GetAsync(client, $"/api/runs/{id}/shipments?day={day}");

            var text = day.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var shippedExpected = warehouses.Rows.Where(r => warehouses.Cell(r, "day") == text)
                .SelectMany(r => Items.Select(i => (Key: $"{warehouses.Cell(r, "warehouse_id")}/{i}", Quantity: (double)warehouses.Long(r, "shipped_" + i))))
                .Where(x => x.Quantity > 0)
                .ToDictionary(x => x.Key, x => x.Quantity);
            // The ledger also lists the supplier's deliveries to the central warehouse (warehouseId "supplier"), which
            // are no warehouse's shipped_<item>.
            var shippedActual = shipments.GetProperty("shipped").EnumerateArray()
                .Where(s => Text(s.GetProperty("warehouseId")) != "supplier")
                .GroupBy(s => $"{Text(s.GetProperty("warehouseId"))}/{s.GetProperty("item").GetString()}")
                .ToDictionary(g => g.Key, g => g.Sum(s => s.GetProperty("quantity").GetDouble()));
            Assert.Equal(shippedExpected.OrderBy(x => x.Key, StringComparer.Ordinal), shippedActual.OrderBy(x => x.Key, StringComparer.Ordinal));

            var receivedExpected = hospitals.Rows.Where(r => hospitals.Cell(r, "day") == text)
                .SelectMany(r => Items.Select(i => (Key: $"{hospitals.Cell(r, "hospital_id")}/{i}", Quantity: (double)hospitals.Long(r, "received_" + i))))
                .Where(x => x.Quantity > 0)
                .ToDictionary(x => x.Key, x => x.Quantity);
            var receivedActual = shipments.GetProperty("received").EnumerateArray()
                .Where(r => r.GetProperty("level").GetString() == "hospital")
                .ToDictionary(r => $"{Text(r.GetProperty("entityId"))}/{r.GetProperty("item").GetString()}", r => r.GetProperty("quantity").GetDouble());
            Assert.Equal(receivedExpected.OrderBy(x => x.Key, StringComparer.Ordinal), receivedActual.OrderBy(x => x.Key, StringComparer.Ordinal));
            moved += shippedExpected.Values.Sum() + receivedExpected.Values.Sum();
        }

        Assert.True(moved > 0, "nothing moved on the sampled days");
    }

    [Theory]
    [InlineData("stock?day=15")]
    [InlineData("stock?day=-1")]
    [InlineData("stock?level=planet")]
    [InlineData("stock?sort=colour")]
    [InlineData("stock-outs?day=99")]
    [InlineData("shipments?day=99")]
    public async Task A_day_level_or_sort_that_does_not_exist_is_400(string query)
    {
        var id = await api.CompletedQuickMiniAsync();
        using var client = api.Anonymous();

        await ApiJson.GetProblemAsync(client, $"/api/runs/{id}/{query}", HttpStatusCode.BadRequest);
    }

    private static string[] Keys(JsonElement stock) =>
        [.. stock.GetProperty("rows").EnumerateArray().Select(r => $"{Text(r.GetProperty("entityId"))}/{r.GetProperty("item").GetString()}")];

    private static string Text(JsonElement cell) => cell.ValueKind == JsonValueKind.String ? cell.GetString()! : cell.GetRawText();

    /// <summary>Hospital id → OOAD of the hospitals in the table on the last day.</summary>
    private Dictionary<string, string> HospitalsOnLastDay(string id)
    {
        var table = CsvTable.Read(Path.Combine(api.RunDirectory(id), "daily_hospital.csv"));
        var last = (ApiRuns.QuickDays - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return table.Rows.Where(r => table.Cell(r, "day") == last).ToDictionary(r => table.Cell(r, "hospital_id"), r => table.Cell(r, "ooad"));
    }
}
