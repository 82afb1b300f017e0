using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Results;

/// <summary><c>GET /api/runs/{id}/events</c> pages events.csv (of the full 60-day quick-mini run, which has events), optionally filtered by kind and entity.</summary>
[Collection(ApiCollection.Name)]
public sealed class EventsTests(CapacityApiFactory api)
{
    [Fact]
    public async Task The_total_is_the_number_of_events_in_the_file_and_pages_cover_them_in_order()
    {
        var id = await api.CompletedFullQuickMiniAsync();
        using var client = api.Anonymous();

        var all = await ApiJson.GetAsync(client, $"/api/runs/{id}/events?limit=5000");
        var table = CsvTable.Read(Path.Combine(api.RunDirectory(id), "events.csv"));
        var total = all.GetProperty("total").GetInt32();
        Assert.Equal(table.Rows.Count, total);
        Assert.True(total >= 4, $"quick-mini should have a few events, got {total}");

        var page = await ApiJson.GetAsync(client, $"/api/runs/{id}/events?offset=2&limit=2");

        Assert.Equal(total, page.GetProperty("total").GetInt32());
        Assert.Equal(
            all.GetProperty("rows").EnumerateArray().Skip(2).Take(2).Select(r => r.GetRawText()),
            page.GetProperty("rows").EnumerateArray().Select(r => r.GetRawText()));
        var days = all.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("day").GetInt32()).ToArray();
        Assert.Equal(days.Order(), days);
    }

    [Fact]
    public async Task Filtering_by_kind_keeps_the_events_of_that_kind()
    {
        var id = await api.CompletedFullQuickMiniAsync();
        using var client = api.Anonymous();
        var all = await ApiJson.GetAsync(client, $"/api/runs/{id}/events?limit=5000");
        var rows = all.GetProperty("rows").EnumerateArray().ToArray();
        Assert.NotEmpty(rows);
        var kind = rows[0].GetProperty("kind").GetString()!;
        var entity = rows[0].GetProperty("entityId").ToString();

        var ofKind = await ApiJson.GetAsync(client, $"/api/runs/{id}/events?kind={Uri.EscapeDataString(kind)}&limit=5000");
        var ofEntity = await ApiJson.GetAsync(client, $"/api/runs/{id}/events?entity={Uri.EscapeDataString(entity)}&limit=5000");

        Assert.Equal(rows.Count(r => r.GetProperty("kind").GetString() == kind), ofKind.GetProperty("total").GetInt32());
        Assert.All(ofKind.GetProperty("rows").EnumerateArray(), r => Assert.Equal(kind, r.GetProperty("kind").GetString()));
        Assert.Equal(rows.Count(r => r.GetProperty("entityId").ToString() == entity), ofEntity.GetProperty("total").GetInt32());
        Assert.All(ofEntity.GetProperty("rows").EnumerateArray(), r => Assert.Equal(entity, r.GetProperty("entityId").ToString()));
    }
}
