using System.Text;

namespace Capacity.Results.Validation;

/// <summary>Renders <c>validation.md</c>.</summary>
internal static class ValidationMarkdown
{
    public static string Render(ValidationReport report)
    {
        var run = report.Run;
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append(TextFormat.NewLine);

        Line($"# Validation: {run.ScenarioName}");
        Line();
        var span = run.Days > 0 ? $"{TextFormat.Date(run.Start)} to {TextFormat.Date(run.End)}" : TextFormat.Date(run.Start);
        Line($"Run of scenario `{run.ScenarioName}` (seed {TextFormat.Long(run.Seed)}, {span}, {TextFormat.Int(run.Days)} days; "
            + $"scenario sha256 `{run.ScenarioSha256}`) against the reconversion figures of seed 003 "
            + "(`shared/seeds/003_ba8a2f1893f107e7.txt`). Error = (model − seed) ÷ seed.");
        Line();
        Line(Row(report.Headers));
        Line("|---|---|---:|---:|---:|---|");
        foreach (var row in report.Rows)
        {
            Line(Row(row.Cells));
        }

        Line();
        Line(Summary(report));
        Line();
        foreach (var note in report.Notes)
        {
            Line("- " + note);
        }

        if (report.Ppe is { } ppe)
        {
            Line();
            Line("## PPE distributed (Table I.2)");
            Line();
            Line(Row([.. report.Headers.Take(5), "within ±10%"]));
            Line("|---|---|---:|---:|---:|---|");
            foreach (var row in ppe.Rows)
            {
                Line(Row(row.Cells));
            }

            Line();
            Line($"{TextFormat.Int(ppe.WithinCount)} of {TextFormat.Int(ppe.Rows.Length)} PPE figures within ±10%.");
            Line();
            Line("- " + ppe.Note);
        }

        return text.ToString();
    }

    /// <summary>"9 of 12 figures within ±5%."</summary>
    public static string Summary(ValidationReport report) =>
        $"{TextFormat.Int(report.WithinCount)} of {TextFormat.Int(report.Rows.Length)} figures within {report.ToleranceText}.";

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";
}
