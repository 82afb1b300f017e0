using System.Collections.Immutable;
using Capacity.Domain.Demand;
using Newtonsoft.Json.Linq;

namespace Capacity.Scenarios.Loading;

/// <summary>The <c>demand.model</c> and <c>demand.seir:</c> fields: checks the schema cannot express and the mapping.</summary>
internal static class SeirYaml
{
    /// <summary><c>waves</c>, <c>seir</c>.</summary>
    public static string Model(DemandModelKind model) => model switch
    {
        DemandModelKind.Waves => "waves",
        DemandModelKind.Seir => "seir",
        DemandModelKind.Observed => "observed",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "no scenario code for this model"),
    };

    /// <summary>The model a validated code names (default waves).</summary>
    public static DemandModelKind ModelFrom(JToken? code) =>
        code is JValue { Value: string text } ? Enum.GetValues<DemandModelKind>().Single(m => Model(m) == text) : DemandModelKind.Waves;

    /// <summary>Contact changes must be real dates in strictly increasing order; strata have distinct names and their
    /// population shares sum to 1.</summary>
    public static void Check(JObject? seir, Diagnostics diagnostics)
    {
        CheckStrata(seir?["strata"] as JArray, diagnostics);
        DateOnly? previous = null;
        foreach (var change in (seir?["schedule"] as JArray)?.OfType<JObject>() ?? [])
        {
            var from = change["from"];
            SemanticChecks.Date(from, diagnostics);
            if (from is null || diagnostics.IsFlagged(from) || SemanticChecks.DateOf(from) is not { } date)
            {
                continue;
            }

            if (previous is { } before && date <= before)
            {
                diagnostics.Report(from, $"must be after the previous contact change ({before:yyyy-MM-dd}), got {date:yyyy-MM-dd}");
                continue;
            }

            previous = date;
        }
    }

    private static void CheckStrata(JArray? strata, Diagnostics diagnostics)
    {
        var groups = strata?.OfType<JObject>().ToArray() ?? [];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            if (group["name"] is JValue { Value: string name } written && !names.Add(name))
            {
                diagnostics.Report(written, $"stratum '{name}' appears twice");
            }
        }

        var shares = groups.Select(g => SemanticChecks.NumberOf(g["populationShare"])).ToArray();
        if (groups.Length > 0 && shares.All(s => s is not null) && Math.Abs(shares.Sum(s => s!.Value) - 1) > 1e-6)
        {
            diagnostics.Report(strata!, $"the strata's populationShare must sum to 1, got {shares.Sum(s => s!.Value).ToString("R", System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>The settings, each field the file leaves out from <see cref="SeirDefaults"/>.</summary>
    public static SeirSettings Map(JObject? seir)
    {
        var d = SeirDefaults.Settings;
        var schedule = seir?["schedule"] is JArray written
            ? written.OfType<JObject>()
                .Select(c => new TransmissionChange(SemanticChecks.DateOf(c["from"])!.Value, SemanticChecks.NumberOf(c["contactFactor"]) ?? 1))
                .ToImmutableArray()
            : d.Schedule;
        return new SeirSettings(
            SemanticChecks.NumberOf(seir?["r0"]) ?? d.R0,
            SemanticChecks.NumberOf(seir?["latentDays"]) ?? d.LatentDays,
            SemanticChecks.NumberOf(seir?["infectiousDays"]) ?? d.InfectiousDays,
            SemanticChecks.NumberOf(seir?["initialInfectedShare"]) ?? d.InitialInfectedShare,
            SemanticChecks.NumberOf(seir?["hospitalisedShareOfInfections"]) ?? d.HospitalisedShareOfInfections,
            (int)(SemanticChecks.NumberOf(seir?["hospitalDelayDays"]) ?? d.HospitalDelayDays),
            schedule,
            SemanticChecks.BoolOf(seir?["stochastic"]) ?? d.Stochastic,
            seir?["strata"] is JArray strata ? [.. strata.OfType<JObject>().Select(Stratum)] : d.Strata);
    }

    private static SeirStratum Stratum(JObject group) => new(
        group.Value<string>("name")!,
        SemanticChecks.NumberOf(group["populationShare"])!.Value,
        SemanticChecks.NumberOf(group["relativeContact"]) ?? 1,
        SemanticChecks.NumberOf(group["relativeSusceptibility"]) ?? 1,
        SemanticChecks.NumberOf(group["hospitalisedShareOfInfections"])!.Value,
        SemanticChecks.NumberOf(group["icuShareOfHospitalised"]));
}
