using Capacity.Domain.Ventilators;
using Newtonsoft.Json.Linq;

namespace Capacity.Scenarios.Loading;

/// <summary>The <c>ventilators:</c> section: the mapping to <see cref="VentilatorSettings"/> (the schema checks every field).</summary>
internal static class VentilatorsYaml
{
    /// <summary>The allocation codes, in enum order.</summary>
    public static IReadOnlyList<string> Allocations { get; } = [.. Enum.GetValues<VentilatorAllocationKind>().Select(Code)];

    /// <summary><c>proportional-to-icu-beds</c>, <c>need-based</c>, <c>central-reserve</c>.</summary>
    public static string Code(VentilatorAllocationKind kind) => kind switch
    {
        VentilatorAllocationKind.ProportionalToIcuBeds => EquipmentYaml.ProportionalToIcuBeds,
        VentilatorAllocationKind.NeedBased => "need-based",
        VentilatorAllocationKind.CentralReserve => "central-reserve",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no scenario code for this allocation"),
    };

    /// <summary>The settings, each field the file leaves out from <see cref="VentilatorDefaults"/>.</summary>
    public static VentilatorSettings Map(JObject? section)
    {
        var defaults = VentilatorDefaults.Settings;
        double Number(string key, double fallback) => SemanticChecks.NumberOf(section?[key]) ?? fallback;
        return new VentilatorSettings(
            SemanticChecks.BoolOf(section?["enabled"]) ?? defaults.Enabled,
            Number("initialPerIcuBed", defaults.InitialPerIcuBed),
            Number("ventilatedShare", defaults.VentilatedShare),
            Number("failureRate", defaults.FailureRate),
            SemanticChecks.IntegerOf(section?["repairDays"]) ?? defaults.RepairDays,
            Number("lossDeathRate", defaults.LossDeathRate),
            section?["allocation"] is JValue { Value: string code }
                ? Enum.GetValues<VentilatorAllocationKind>().Single(k => Code(k) == code)
                : defaults.Allocation,
            Number("reserveShare", defaults.ReserveShare),
            SemanticChecks.IntegerOf(section?["forecastDays"]) ?? defaults.ForecastDays);
    }
}
