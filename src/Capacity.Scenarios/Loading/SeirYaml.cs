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

    /// <summary>Contact changes must be real dates in strictly increasing order.</summary>
    public static void Check(JObject? seir, Diagnostics diagnostics)
    {
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
            seir?["stochastic"] is JValue { Type: JTokenType.Boolean } stochastic ? stochastic.Value<bool>() : d.Stochastic);
    }
}
