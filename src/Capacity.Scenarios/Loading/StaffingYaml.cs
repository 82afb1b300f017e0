using System.Collections.Immutable;
using Capacity.Domain.Staffing;
using Newtonsoft.Json.Linq;

namespace Capacity.Scenarios.Loading;

/// <summary>The <c>staffing:</c> section: checks the schema cannot express and the mapping to <see cref="StaffingSettings"/>.</summary>
internal static class StaffingYaml
{
    /// <summary>Hire points must be in strictly increasing date order with non-decreasing (cumulative) teams.</summary>
    public static void Check(JObject? section, Diagnostics diagnostics)
    {
        (DateOnly Date, double Teams)? previous = null;
        foreach (var point in (section?["hires"] as JArray)?.OfType<JObject>() ?? [])
        {
            var date = point["date"];
            SemanticChecks.Date(date, diagnostics);
            if (date is not JValue { Type: JTokenType.String } || diagnostics.IsFlagged(date) || SemanticChecks.DateOf(date) is not { } day)
            {
                continue;
            }

            var teams = SemanticChecks.NumberOf(point["teams"]) ?? 0;
            if (previous is { } before && day <= before.Date)
            {
                diagnostics.Report(date, $"must be after the previous hire point's date ({before.Date:yyyy-MM-dd}), got {day:yyyy-MM-dd}");
                continue;
            }

            if (previous is { } earlier && teams < earlier.Teams && point["teams"] is { } written)
            {
                diagnostics.Report(written, $"hires are cumulative: must not fall below the previous point's {earlier.Teams}, got {teams}");
                continue;
            }

            previous = (day, teams);
        }
    }

    /// <summary>The settings, each field the file leaves out from <see cref="ScenarioDefaults"/>.</summary>
    public static StaffingSettings Map(JObject? section)
    {
        var defaults = ScenarioDefaults.Staffing;
        var hires = section?["hires"] is JArray written
            ? written.OfType<JObject>()
                .Select(p => new StaffHire(SemanticChecks.DateOf(p["date"])!.Value, SemanticChecks.NumberOf(p["teams"]) ?? 0))
                .ToImmutableArray()
            : defaults.Hires;
        return new StaffingSettings(
            SemanticChecks.BoolOf(section?["enabled"]) ?? defaults.Enabled,
            SemanticChecks.NumberOf(section?["baseTeams"]) ?? defaults.BaseTeams,
            hires,
            SemanticChecks.NumberOf(section?["absenceShare"]) ?? defaults.AbsenceShare,
            section?["split"] is JValue { Type: JTokenType.String } split ? SplitOf(split.Value<string>()!) : defaults.Split,
            section?["teamRounding"] is JValue { Type: JTokenType.String } rounding ? RoundingOf(rounding.Value<string>()!) : defaults.Rounding,
            SemanticChecks.NumberOf(section?["infectionAbsence"]) ?? defaults.InfectionAbsence);
    }

    /// <summary><c>affiliates</c>, <c>planned-beds</c>, <c>census-beds</c>.</summary>
    public static string Code(StaffSplit split) => split switch
    {
        StaffSplit.Affiliates => "affiliates",
        StaffSplit.PlannedBeds => "planned-beds",
        StaffSplit.CensusBeds => "census-beds",
        _ => throw new ArgumentOutOfRangeException(nameof(split), split, "no scenario code for this split"),
    };

    /// <summary><c>hospital</c>, <c>ooad</c>.</summary>
    public static string Code(TeamRounding rounding) => rounding switch
    {
        TeamRounding.Hospital => "hospital",
        TeamRounding.Ooad => "ooad",
        _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "no scenario code for this rounding"),
    };

    // The schema's enums admit only these codes, so a miss here is a schema/mapper mismatch.
    private static StaffSplit SplitOf(string code) =>
        Enum.GetValues<StaffSplit>().Single(s => Code(s) == code);

    private static TeamRounding RoundingOf(string code) =>
        Enum.GetValues<TeamRounding>().Single(r => Code(r) == code);
}
