using System.Text;
using Capacity.Domain.Supply;
using Newtonsoft.Json.Linq;
using static Capacity.Scenarios.Loading.YamlLines;

namespace Capacity.Scenarios.Loading;

/// <summary>The <c>supply:</c> section: the policy codes (<c>supply.policy</c>), stock-out absence and the writer.</summary>
internal static class SupplyYaml
{
    /// <summary><c>days-of-supply</c>, <c>pull-min-max</c>, <c>push-proportional</c>.</summary>
    public static string Policy(SupplyPolicyKind kind) => kind switch
    {
        SupplyPolicyKind.DaysOfSupply => "days-of-supply",
        SupplyPolicyKind.PullMinMax => "pull-min-max",
        SupplyPolicyKind.PushProportional => "push-proportional",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no scenario code for this policy"),
    };

    /// <summary><c>supply.stockOutAbsence</c>, fields not given from <see cref="SupplyPolicyDefaults.StockOutAbsence"/>.</summary>
    public static StockOutAbsence StockOutAbsence(JObject? section)
    {
        var defaults = SupplyPolicyDefaults.StockOutAbsence;
        var items = section?["items"] is JArray codes
            ? [.. codes.Select(c => SupplyItems.FromCode(c.Value<string>()!)!.Value)]
            : defaults.Items;
        return new StockOutAbsence(items, SemanticChecks.NumberOf(section?["absencePerShortfallShare"]) ?? defaults.AbsencePerShortfallShare);
    }

    /// <summary>The policy for a code the schema accepted; the default when the field is left out.</summary>
    public static SupplyPolicyKind PolicyOf(string? code) =>
        code is null ? SupplyPolicyDefaults.Policy : Enum.GetValues<SupplyPolicyKind>().Single(k => Policy(k) == code);

    /// <summary>The <c>supply:</c> section of the effective scenario.</summary>
    public static void Write(StringBuilder yaml, SupplySettings supply)
    {
        Section(yaml, 0, "supply");
        Section(yaml, 1, "items");
        foreach (var item in supply.Items.OrderBy(i => i.Item))
        {
            Section(yaml, 2, SupplyItems.Code(item.Item));
            Field(yaml, 3, "wardPerPatientDay", Number(item.WardPerPatientDay));
            Field(yaml, 3, "icuPerPatientDay", Number(item.IcuPerPatientDay));
            Field(yaml, 3, "perAdmission", Number(item.PerAdmission));
            Field(yaml, 3, "supplierDailyCapacity", Integer(item.SupplierDailyCapacity));
            Field(yaml, 3, "perTeamDay", Number(item.PerTeamDay));
            Field(yaml, 3, "unitPrice", Number(item.UnitPrice));
        }

        Reorder(yaml, "hospitalReorder", supply.HospitalReorder);
        Reorder(yaml, "regionalReorder", supply.RegionalReorder);
        Reorder(yaml, "centralReorder", supply.CentralReorder);
        Section(yaml, 1, "leadTimes");
        Field(yaml, 2, "supplierToCentral", Integer(supply.LeadTimes.SupplierToCentral));
        Field(yaml, 2, "centralToRegional", Integer(supply.LeadTimes.CentralToRegional));
        Field(yaml, 2, "regionalToHospital", Integer(supply.LeadTimes.RegionalToHospital));
        Section(yaml, 1, "initialStock");
        Field(yaml, 2, "hospitalDays", Number(supply.InitialStock.HospitalDays));
        Field(yaml, 2, "regionalDays", Number(supply.InitialStock.RegionalDays));
        Field(yaml, 2, "centralDays", Number(supply.InitialStock.CentralDays));
        Field(yaml, 1, "forecastWindowDays", Integer(supply.ForecastWindowDays));
        Field(yaml, 1, "policy", Policy(supply.Policy));
        Field(yaml, 1, "pushReserveDays", Number(supply.PushReserveDays));
        var absence = supply.StockOutAbsence ?? SupplyPolicyDefaults.StockOutAbsence;
        Section(yaml, 1, "stockOutAbsence");
        Field(yaml, 2, "items", "[" + string.Join(", ", absence.Items.Select(SupplyItems.Code)) + "]");
        Field(yaml, 2, "absencePerShortfallShare", Number(absence.AbsencePerShortfallShare));
    }

    private static void Reorder(StringBuilder yaml, string key, ReorderRule rule)
    {
        Section(yaml, 1, key);
        Field(yaml, 2, "reorderPointDays", Number(rule.ReorderPointDays));
        Field(yaml, 2, "orderUpToDays", Number(rule.OrderUpToDays));
    }
}
