using Newtonsoft.Json.Linq;
using Capacity.Domain.Supply;

namespace Capacity.Scenarios.Loading;

/// <summary>Scenario codes of the supply policies (<c>supply.policy</c>).</summary>
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
}
