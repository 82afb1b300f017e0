using Capacity.Server.Api;

namespace Capacity.Server.Results;

/// <summary>The daily tables of a run directory by level, with the column that names each row's entity.</summary>
internal static class RunTables
{
    public static readonly IReadOnlyList<string> Levels = ["national", "ooad", "hospital", "warehouse"];

    /// <summary>The entity column of a level (null for the national table).</summary>
    public static string? EntityColumn(string level) => level switch
    {
        "ooad" => "ooad",
        "hospital" => "hospital_id",
        "warehouse" => "warehouse_id",
        _ => null,
    };

    /// <summary>The level's CSV table.</summary>
    /// <exception cref="ApiProblem">400 unknown level; 409 when the run wrote no CSV for it (outputs.formats without csv).</exception>
    public static DailyCsv Open(string runDirectory, string level)
    {
        if (!Levels.Contains(level, StringComparer.Ordinal))
        {
            throw ApiProblem.BadRequest($"Unknown level '{level}': use one of {string.Join(", ", Levels)}.");
        }

        return DailyCsv.Open(Path.Combine(runDirectory, $"daily_{level}.csv"))
            ?? throw ApiProblem.Conflict($"The run has no daily_{level}.csv: its scenario's outputs.formats does not include csv.");
    }

    /// <summary>The run's <c>events.csv</c>.</summary>
    public static DailyCsv Events(string runDirectory) =>
        DailyCsv.Open(Path.Combine(runDirectory, "events.csv")) ?? throw ApiProblem.Conflict("The run has no events.csv.");

    /// <summary>The day asked, or the table's last day; 400 outside the run.</summary>
    public static int Day(DailyCsv table, int? day)
    {
        var chosen = day ?? table.LastDay;
        return chosen >= table.FirstDay && chosen <= table.LastDay
            ? chosen
            : throw ApiProblem.BadRequest($"day {chosen} is outside the run (days {table.FirstDay} to {table.LastDay}).");
    }

    /// <summary>The calendar date of a day, from the table's <c>date</c> column.</summary>
    public static string Date(DailyCsv table, int day) =>
        table.Day(day).Select(r => r[table.Index["date"]]).FirstOrDefault() ?? "";

    /// <summary>Items of a table: the suffixes of its <c>on_hand_&lt;item&gt;</c> columns, in column order.</summary>
    public static IReadOnlyList<string> Items(DailyCsv table) =>
        [.. table.Columns.Where(c => c.StartsWith("on_hand_", StringComparison.Ordinal)).Select(c => c["on_hand_".Length..])];
}
