using Capacity.Server.Api;

namespace Capacity.Server.Results;

/// <summary>Time series and events of a run, read from its CSV files with filters and paging.</summary>
internal static class SeriesReader
{
    public const int MaxLimit = 5000;

    public static SeriesPage Read(string runDirectory, SeriesQuery query)
    {
        var table = RunTables.Open(runDirectory, query.Level);
        var entityColumn = RunTables.EntityColumn(query.Level);
        var columns = Columns(table, query, entityColumn);
        var positions = columns.Select(c => table.Index[c]).ToArray();
        var entity = Filter(table, entityColumn, query.Entity, "entity");
        var ooad = Filter(table, query.Level is "hospital" or "warehouse" ? "ooad" : null, query.Ooad, "ooad");
        var (offset, limit) = Page(query.Offset, query.Limit);
        var rows = new List<object?[]>();
        var total = 0;
        foreach (var row in table.Rows(query.From ?? table.FirstDay, query.To ?? table.LastDay))
        {
            if ((entity is { } e && row[e.Index] != e.Value) || (ooad is { } o && row[o.Index] != o.Value))
            {
                continue;
            }

            if (total >= offset && rows.Count < limit)
            {
                rows.Add([.. positions.Select((p, i) => CellValues.Of(columns[i], row[p]))]);
            }

            total++;
        }

        return new SeriesPage(query.Level, columns, rows, total, offset, limit);
    }

    public static EventPage Events(string runDirectory, string? kind, string? entity, int offset, int limit)
    {
        var table = RunTables.Events(runDirectory);
        (offset, limit) = Page(offset, limit);
        var rows = new List<EventRow>();
        var total = 0;
        foreach (var row in table.Rows(table.FirstDay, table.LastDay))
        {
            var e = Event(table, row);
            if ((kind is not null && e.Kind != kind) || (entity is not null && e.EntityId != entity))
            {
                continue;
            }

            if (total >= offset && rows.Count < limit)
            {
                rows.Add(e);
            }

            total++;
        }

        return new EventPage(total, rows);
    }

    /// <summary>One line of <c>events.csv</c> as a record.</summary>
    public static EventRow Event(DailyCsv table, string[] row) => new(
        int.Parse(row[table.Index["day"]], System.Globalization.CultureInfo.InvariantCulture),
        row[table.Index["date"]],
        row[table.Index["entity_id"]],
        row[table.Index["kind"]],
        row[table.Index["subject"]],
        row[table.Index["detail"]]);

    /// <summary>Offset ≥ 0 and 1 ≤ limit ≤ <see cref="MaxLimit"/>.</summary>
    public static (int Offset, int Limit) Page(int offset, int limit) =>
        offset < 0 ? throw ApiProblem.BadRequest("offset must be 0 or more.")
        : limit is < 1 or > MaxLimit ? throw ApiProblem.BadRequest($"limit must be between 1 and {MaxLimit}.")
        : (offset, limit);

    private static string[] Columns(DailyCsv table, SeriesQuery query, string? entityColumn)
    {
        if (query.Columns is not { Count: > 0 } asked)
        {
            return table.Columns;
        }

        var unknown = asked.Where(c => !table.Index.ContainsKey(c)).ToArray();
        if (unknown.Length > 0)
        {
            throw ApiProblem.BadRequest($"Unknown column(s) for level {query.Level}: {string.Join(", ", unknown)}.");
        }

        // The keys come first so every row says which day and entity it is.
        string[] keys = entityColumn is null ? ["day", "date"] : ["day", "date", entityColumn];
        return [.. keys.Concat(asked).Distinct(StringComparer.Ordinal)];
    }

    private static (int Index, string Value)? Filter(DailyCsv table, string? column, string? value, string name)
    {
        if (value is null)
        {
            return null;
        }

        return column is not null && table.Index.TryGetValue(column, out var index)
            ? (index, value)
            : throw ApiProblem.BadRequest($"The {name} filter does not apply to this level.");
    }
}
