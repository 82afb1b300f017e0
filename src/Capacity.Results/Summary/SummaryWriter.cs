using System.Text;
using Capacity.Domain.Care;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Results.Tables;

namespace Capacity.Results.Summary;

/// <summary>
/// Writes <c>summary.md</c>: what planners read first. Everything in it is a function of the scenario and the
/// day results (no wall time, no machine), so it is byte-identical across engines and hosts.
/// </summary>
internal static class SummaryWriter
{
    /// <summary>Rows of each top-N OOAD table.</summary>
    public const int TopCount = 10;

    public static string Render(Scenario scenario, RunKpis kpis, LevelCounts? beds, OoadRanking ranking, EventTimeline timeline)
    {
        var md = new MarkdownText();
        md.Line($"# Capacity run: {scenario.Name}");
        md.Line();
        if (!string.IsNullOrWhiteSpace(scenario.Description))
        {
            md.Line(MarkdownText.Inline(scenario.Description));
            md.Line();
        }

        WriteScenario(md, scenario, beds);
        WriteKpis(md, kpis);
        WriteTurnedAway(md, ranking);
        WriteStockOuts(md, ranking);
        WriteEvents(md, timeline);
        // One final newline, not the blank line the last section leaves.
        return md.ToString().TrimEnd('\n') + TextFormat.NewLine;
    }

    private static void WriteScenario(MarkdownText md, Scenario scenario, LevelCounts? beds)
    {
        var network = scenario.Network;
        var end = scenario.Days > 0 ? TextFormat.Date(scenario.DateOf(scenario.Days - 1)) : "—";
        md.Line("## Scenario");
        md.Line();
        md.Line($"- **Scenario:** `{scenario.Name}`");
        md.Line($"- **Seed:** {TextFormat.Long(scenario.Seed)}");
        md.Line($"- **Dates:** {TextFormat.Date(scenario.Start)} to {end} ({TextFormat.Int(scenario.Days)} days)");
        md.Line($"- **Network:** `{network.Name}` from `{scenario.NetworkSource}`: "
            + $"{TextFormat.Count(network.Ooads.Length)} OOADs, {TextFormat.Count(network.Hospitals.Length)} hospitals, "
            + $"{TextFormat.Count(network.Warehouses.Length)} warehouses");
        var bedText = beds is { } b ? $"{TextFormat.Count(b.Ward)} ward, {TextFormat.Count(b.Icu)} ICU" : "—";
        md.Line($"- **COVID beds (day 0):** {bedText}");
        md.Line();
    }

    private static void WriteKpis(MarkdownText md, RunKpis k)
    {
        md.Line("## Key figures");
        md.Line();
        md.Row("Indicator", "Value");
        md.Row("---", "---:");
        foreach (var (indicator, value) in k.Rows())
        {
            md.Row(indicator, value);
        }

        md.Line();
    }

    private static void WriteTurnedAway(MarkdownText md, OoadRanking ranking)
    {
        md.Line($"## Top {TopCount} OOADs by turned-away patients");
        md.Line();
        var top = ranking.TopByTurnedAway(TopCount);
        if (top.IsEmpty)
        {
            md.Line("No patient was turned away.");
            md.Line();
            return;
        }

        md.Row("#", "OOAD", "Name", "Ward", "ICU", "Total");
        md.Row("---:", "---", "---", "---:", "---:", "---:");
        for (var i = 0; i < top.Length; i++)
        {
            var t = top[i];
            md.Row(
                TextFormat.Int(i + 1),
                $"`{t.Ooad.Code}`",
                t.Ooad.Name,
                TextFormat.Count(t.TurnedAwayWard),
                TextFormat.Count(t.TurnedAwayIcu),
                TextFormat.Count(t.TurnedAway));
        }

        md.Line();
    }

    private static void WriteStockOuts(MarkdownText md, OoadRanking ranking)
    {
        md.Line($"## Top {TopCount} OOADs by hospital stock-out days");
        md.Line();
        var top = ranking.TopByStockOutDays(TopCount);
        if (top.IsEmpty)
        {
            md.Line("No hospital ran short of any item.");
            md.Line();
            return;
        }

        md.Row("#", "OOAD", "Name", "Stock-out days");
        md.Row("---:", "---", "---", "---:");
        for (var i = 0; i < top.Length; i++)
        {
            md.Row(TextFormat.Int(i + 1), $"`{top[i].Ooad.Code}`", top[i].Ooad.Name, TextFormat.Count(top[i].StockOutDays));
        }

        md.Line();
        md.Line("A stock-out day is one hospital, one item, one day with demand left unmet.");
        md.Line();
    }

    private static void WriteEvents(MarkdownText md, EventTimeline timeline)
    {
        md.Line("## Events");
        md.Line();
        md.Row("Kind", "Count");
        md.Row("---", "---:");
        foreach (var (kind, count) in timeline.Counts)
        {
            md.Row(EventsFile.KindCode(kind), TextFormat.Count(count));
        }

        md.Row("**total**", TextFormat.Count(timeline.Total));
        md.Line();
        if (timeline.Total == 0)
        {
            return;
        }

        md.Line(timeline.Total > timeline.First.Count
            ? $"### First {TextFormat.Int(timeline.First.Count)} of {TextFormat.Count(timeline.Total)} events (all in `events.csv`)"
            : "### All events");
        md.Line();
        md.Row("Date", "Entity", "Kind", "Subject", "Detail");
        md.Row("---", "---", "---", "---", "---");
        foreach (var (date, e) in timeline.First)
        {
            md.Row(TextFormat.Date(date), $"`{e.EntityId}`", EventsFile.KindCode(e.Kind), e.Subject, e.Detail);
        }

        md.Line();
    }

    /// <summary>A Markdown buffer with "\n" line endings and escaped table cells.</summary>
    private sealed class MarkdownText
    {
        private readonly StringBuilder _text = new();

        public static string Inline(string text) => text.ReplaceLineEndings(" ").Trim();

        public void Line(string text = "") => _text.Append(text).Append(TextFormat.NewLine);

        public void Row(params string[] cells)
        {
            _text.Append('|');
            foreach (var cell in cells)
            {
                _text.Append(' ').Append(Inline(cell).Replace("|", "\\|", StringComparison.Ordinal)).Append(" |");
            }

            _text.Append(TextFormat.NewLine);
        }

        public override string ToString() => _text.ToString();
    }
}
