using Capacity.Server.Api;

namespace Capacity.Server.Results;

/// <summary>
/// The logistics views of one day: stock per node and item (<c>daily_hospital</c> / <c>daily_warehouse</c>), the nodes
/// out of stock (<c>events.csv</c>), and what was shipped and received.
/// </summary>
internal static class StockBoard
{
    private static readonly string[] Sorts = ["entityId", "onHand", "daysOfSupply", "onOrder", "inTransit"];

    public static StockPage Stock(string runDirectory, int? day, string level, string? ooad, string? item, string? sort, bool descending, int offset, int limit)
    {
        if (level is not ("hospital" or "warehouse"))
        {
            throw ApiProblem.BadRequest($"Unknown stock level '{level}': use hospital or warehouse.");
        }

        if (sort is not null && !Sorts.Contains(sort, StringComparer.Ordinal))
        {
            throw ApiProblem.BadRequest($"Unknown sort '{sort}': use one of {string.Join(", ", Sorts)}.");
        }

        (offset, limit) = SeriesReader.Page(offset, limit);
        var table = RunTables.Open(runDirectory, level);
        var chosen = RunTables.Day(table, day);
        var items = RunTables.Items(table);
        if (item is not null && !items.Contains(item, StringComparer.Ordinal))
        {
            throw ApiProblem.BadRequest($"Unknown item '{item}': the run tracks {string.Join(", ", items)}.");
        }

        var outs = StockOuts(runDirectory, chosen).Select(o => (o.EntityId, o.Item)).ToHashSet();
        var idColumn = table.Index[RunTables.EntityColumn(level)!];
        var ooadColumn = table.Index["ooad"];
        var transit = level == "warehouse" ? "in_transit_out_" : null;
        var rows = new List<StockRow>();
        var ooads = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Day(chosen))
        {
            var rowOoad = row[ooadColumn];
            if (rowOoad.Length > 0)
            {
                ooads.Add(rowOoad);
            }

            if (ooad is not null && rowOoad != ooad)
            {
                continue;
            }

            foreach (var code in items.Where(c => item is null || c == item))
            {
                rows.Add(new StockRow(
                    row[idColumn],
                    rowOoad,
                    code,
                    CellValues.NumberOrZero(row[table.Index["on_hand_" + code]]),
                    CellValues.Number(row[table.Index["days_of_supply_" + code]]),
                    CellValues.NumberOrZero(row[table.Index["on_order_" + code]]),
                    transit is null ? null : CellValues.NumberOrZero(row[table.Index[transit + code]]),
                    outs.Contains((row[idColumn], code))));
            }
        }

        var sorted = Sort(rows, sort ?? "entityId", descending);
        return new StockPage(chosen, RunTables.Date(table, chosen), table.LastDay + 1, items, [.. ooads], [.. sorted.Skip(offset).Take(limit)], rows.Count);
    }

    /// <summary>Nodes out of stock on <paramref name="day"/> (last day when null): stock-outs started on or before it and not ended by it.</summary>
    public static IReadOnlyList<StockOutRow> StockOuts(string runDirectory, int? day)
    {
        var hospitals = RunTables.Open(runDirectory, "hospital");
        var chosen = RunTables.Day(hospitals, day);
        var events = RunTables.Events(runDirectory);
        var open = new Dictionary<(string Entity, string Item), EventRow>();
        foreach (var row in events.Rows(events.FirstDay, chosen))
        {
            var e = SeriesReader.Event(events, row);
            if (e.Kind == "stock_out_started")
            {
                open[(e.EntityId, e.Subject)] = e;
            }
            else if (e.Kind == "stock_out_ended")
            {
                open.Remove((e.EntityId, e.Subject));
            }
        }

        var nodes = Nodes(runDirectory, chosen);
        return [.. open.Values
            .Select(e => nodes.TryGetValue(e.EntityId, out var n)
                ? new StockOutRow(e.EntityId, n.Level, n.Ooad, e.Subject, e.Day, e.Date)
                : new StockOutRow(e.EntityId, "unknown", "", e.Subject, e.Day, e.Date))
            .OrderBy(o => o.SinceDay)
            .ThenBy(o => o.EntityId, StringComparer.Ordinal)
            .ThenBy(o => o.Item, StringComparer.Ordinal)];
    }

    public static ShipmentDay Shipments(string runDirectory, int? day)
    {
        var warehouses = RunTables.Open(runDirectory, "warehouse");
        var hospitals = RunTables.Open(runDirectory, "hospital");
        var chosen = RunTables.Day(warehouses, day);
        var nodes = Nodes(runDirectory, chosen);
        var received = new List<ReceivedRow>();
        foreach (var row in warehouses.Day(chosen))
        {
            Received(warehouses, row, row[warehouses.Index["warehouse_id"]], "warehouse", row[warehouses.Index["ooad"]], received);
        }

        foreach (var row in hospitals.Day(chosen))
        {
            Received(hospitals, row, row[hospitals.Index["hospital_id"]], "hospital", row[hospitals.Index["ooad"]], received);
        }

        var ledger = DailyCsv.Open(Path.Combine(runDirectory, "shipments.csv"));
        var shipped = ledger is null ? Totals(warehouses, chosen) : Consignments(ledger, chosen, nodes);
        return new ShipmentDay(chosen, RunTables.Date(warehouses, chosen), shipped, received);
    }

    private static List<ShippedRow> Consignments(DailyCsv ledger, int day, Dictionary<string, (string Level, string Ooad)> nodes)
    {
        string OoadOf(string id) => nodes.TryGetValue(id, out var n) ? n.Ooad : "";
        return [.. ledger.Day(day).Select(r => new ShippedRow(
            r[ledger.Index["from"]],
            OoadOf(r[ledger.Index["from"]]),
            r[ledger.Index["item"]],
            CellValues.NumberOrZero(r[ledger.Index["quantity"]]),
            r[ledger.Index["to"]],
            OoadOf(r[ledger.Index["to"]]),
            int.Parse(r[ledger.Index["due_day"]], System.Globalization.CultureInfo.InvariantCulture),
            r[ledger.Index["due_date"]]))];
    }

    private static List<ShippedRow> Totals(DailyCsv warehouses, int day)
    {
        var shipped = new List<ShippedRow>();
        foreach (var row in warehouses.Day(day))
        {
            foreach (var item in RunTables.Items(warehouses))
            {
                if (CellValues.NumberOrZero(row[warehouses.Index["shipped_" + item]]) is > 0 and var quantity)
                {
                    shipped.Add(new ShippedRow(row[warehouses.Index["warehouse_id"]], row[warehouses.Index["ooad"]], item, quantity));
                }
            }
        }

        return shipped;
    }

    private static void Received(DailyCsv table, string[] row, string id, string level, string ooad, List<ReceivedRow> received)
    {
        foreach (var item in RunTables.Items(table))
        {
            if (CellValues.NumberOrZero(row[table.Index["received_" + item]]) is > 0 and var quantity)
            {
                received.Add(new ReceivedRow(id, level, ooad, item, quantity));
            }
        }
    }

    private static Dictionary<string, (string Level, string Ooad)> Nodes(string runDirectory, int day)
    {
        var nodes = new Dictionary<string, (string Level, string Ooad)>(StringComparer.Ordinal);
        foreach (var level in new[] { "hospital", "warehouse" })
        {
            var table = RunTables.Open(runDirectory, level);
            foreach (var row in table.Day(day))
            {
                nodes[row[table.Index[RunTables.EntityColumn(level)!]]] = (level, row[table.Index["ooad"]]);
            }
        }

        return nodes;
    }

    private static IEnumerable<StockRow> Sort(List<StockRow> rows, string sort, bool descending)
    {
        // Ties fall back to entity then item so a page is the same on every request.
        Func<StockRow, double> key = sort switch
        {
            "onHand" => r => r.OnHand,
            "daysOfSupply" => r => r.DaysOfSupply ?? double.PositiveInfinity,
            "onOrder" => r => r.OnOrder,
            "inTransit" => r => r.InTransit ?? 0,
            _ => _ => 0,
        };
        var ordered = descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
        return sort == "entityId" && descending
            ? rows.OrderByDescending(r => r.EntityId, StringComparer.Ordinal).ThenBy(r => r.Item, StringComparer.Ordinal)
            : ordered.ThenBy(r => r.EntityId, StringComparer.Ordinal).ThenBy(r => r.Item, StringComparer.Ordinal);
    }
}
