using System.Collections.Immutable;
using Capacity.Domain.Equipment;
using Capacity.Domain.Network;
using Newtonsoft.Json.Linq;

namespace Capacity.Scenarios.Loading;

/// <summary>The <c>equipment:</c> section: checks the schema cannot express and the mapping to <see cref="EquipmentSettings"/>.</summary>
internal static class EquipmentYaml
{
    /// <summary>The YAML code of <see cref="EquipmentAllocationKind.ProportionalToIcuBeds"/>.</summary>
    public const string ProportionalToIcuBeds = "proportional-to-icu-beds";

    /// <summary>Each delivery's dates are real dates, <c>to</c> is on or after <c>from</c>, and its OOAD is in the network.</summary>
    public static void Check(JObject? section, HospitalNetwork? network, Diagnostics diagnostics)
    {
        foreach (var batch in (section?["deliveries"] as JArray)?.OfType<JObject>() ?? [])
        {
            var (from, to) = (batch["from"], batch["to"]);
            SemanticChecks.Date(from, diagnostics);
            SemanticChecks.Date(to, diagnostics);
            if (SemanticChecks.DateOf(from) is { } first && SemanticChecks.DateOf(to) is { } last && last < first && to is not null)
            {
                diagnostics.Report(to, $"must be on or after from ({first:yyyy-MM-dd}), got {last:yyyy-MM-dd}");
            }

            if (network is not null && batch["ooad"] is JValue { Type: JTokenType.String, Value: string code } ooad
                && !network.Ooads.Any(o => o.Code == code))
            {
                var codes = network.Ooads.Select(o => o.Code).ToList();
                diagnostics.Report(
                    ooad,
                    $"unknown OOAD '{code}' in network {network.Name}{Suggestions.DidYouMean(code, codes)}; known: {string.Join(", ", codes)}");
            }
        }
    }

    /// <summary>
    /// The settings, each field the file leaves out from <see cref="ScenarioDefaults"/>; of the default deliveries, those
    /// to an OOAD the network lacks (the repaired ventilators name imss-2020 OOADs) are left out.
    /// </summary>
    public static EquipmentSettings Map(JObject? section, HospitalNetwork network)
    {
        var defaults = ScenarioDefaults.Equipment;
        var baseline = section?["baseline"] as JObject;
        var deliveries = section?["deliveries"] is JArray written
            ? written.OfType<JObject>().Select(Delivery).ToImmutableArray()
            : [.. defaults.Deliveries.Where(d => d.Ooad is null || network.Ooads.Any(o => o.Code == d.Ooad))];
        return new EquipmentSettings(
            SemanticChecks.BoolOf(section?["enabled"]) ?? defaults.Enabled,
            Rates(section?["perIcuBed"] as JObject, defaults.PerIcuBed),
            SemanticChecks.BoolOf(baseline?["equipOpeningIcuBeds"]) ?? defaults.EquipOpeningIcuBeds,
            Rates(baseline?["surplusPerCensusBed"] as JObject, defaults.SurplusPerCensusBed),
            deliveries,
            Allocation(section?["allocation"]) ?? defaults.Allocation);
    }

    /// <summary>The YAML code of an allocation rule.</summary>
    public static string Code(EquipmentAllocationKind kind) => kind switch
    {
        EquipmentAllocationKind.ProportionalToIcuBeds => ProportionalToIcuBeds,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static EquipmentAllocationKind? Allocation(JToken? token) =>
        token is JValue { Value: ProportionalToIcuBeds } ? EquipmentAllocationKind.ProportionalToIcuBeds : null;

    private static EquipmentRates Rates(JObject? rates, EquipmentRates defaults)
    {
        double Rate(EquipmentItem item) => SemanticChecks.NumberOf(rates?[EquipmentItems.Key(item)]) ?? defaults.For(item);
        return new EquipmentRates(
            Rate(EquipmentItem.Ventilator),
            Rate(EquipmentItem.Monitor),
            Rate(EquipmentItem.InfusionPump),
            Rate(EquipmentItem.OxygenOutlet),
            Rate(EquipmentItem.CrashCart));
    }

    private static EquipmentDelivery Delivery(JObject batch) => new(
        EquipmentItems.FromKey(batch.Value<string>("item")!)!.Value,
        (int)(SemanticChecks.NumberOf(batch["quantity"]) ?? 0),
        SemanticChecks.DateOf(batch["from"])!.Value,
        SemanticChecks.DateOf(batch["to"])!.Value,
        batch["ooad"] is JValue { Type: JTokenType.String, Value: string code } ? code : null);
}
