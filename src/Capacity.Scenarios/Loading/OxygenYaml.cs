using System.Globalization;
using System.Text;
using Capacity.Domain.Oxygen;
using Newtonsoft.Json.Linq;

namespace Capacity.Scenarios.Loading;

/// <summary>The <c>oxygen:</c> section: the check the schema cannot express, the mapping and the canonical YAML.</summary>
internal static class OxygenYaml
{
    /// <summary>The fields in canonical order, with their values.</summary>
    private static readonly (string Key, Func<OxygenSettings, string> Value)[] Fields =
    [
        ("enabled", s => s.Enabled ? "true" : "false"),
        ("wardLitresPerPatientDay", s => CoreSchema.Number(s.WardLitresPerPatientDay)),
        ("icuLitresPerPatientDay", s => CoreSchema.Number(s.IcuLitresPerPatientDay)),
        ("wardOnOxygenShare", s => CoreSchema.Number(s.WardOnOxygenShare)),
        ("tankDays", s => CoreSchema.Number(s.TankDays)),
        ("cylinderDays", s => CoreSchema.Number(s.CylinderDays)),
        ("safetyDays", s => CoreSchema.Number(s.SafetyDays)),
        ("reorderPointDays", s => CoreSchema.Number(s.ReorderPointDays)),
        ("minDropDays", s => CoreSchema.Number(s.MinDropDays)),
        ("leadTimeDays", s => s.LeadTimeDays.ToString(CultureInfo.InvariantCulture)),
        ("plantCapacityFactor", s => CoreSchema.Number(s.PlantCapacityFactor)),
        ("excessDeathRate", s => CoreSchema.Number(s.ExcessDeathRate)),
    ];

    /// <summary>The reorder point must leave room in the storage: below tank + cylinder days.</summary>
    public static void Check(JObject? section, Diagnostics diagnostics)
    {
        var defaults = OxygenDefaults.Settings;
        var storage = (SemanticChecks.NumberOf(section?["tankDays"]) ?? defaults.TankDays)
            + (SemanticChecks.NumberOf(section?["cylinderDays"]) ?? defaults.CylinderDays);
        if (section?["reorderPointDays"] is JValue written && SemanticChecks.NumberOf(written) is { } reorder && reorder >= storage)
        {
            diagnostics.Report(
                written,
                string.Create(CultureInfo.InvariantCulture, $"must be below tankDays + cylinderDays ({storage:R}) so a truck has room to drop, got {reorder:R}"));
        }
    }

    /// <summary>The settings, each field the file leaves out from <see cref="OxygenDefaults"/>.</summary>
    public static OxygenSettings Map(JObject? section)
    {
        var d = OxygenDefaults.Settings;
        double Number(string key, double fallback) => SemanticChecks.NumberOf(section?[key]) ?? fallback;
        return new OxygenSettings(
            SemanticChecks.BoolOf(section?["enabled"]) ?? d.Enabled,
            Number("wardLitresPerPatientDay", d.WardLitresPerPatientDay),
            Number("icuLitresPerPatientDay", d.IcuLitresPerPatientDay),
            Number("wardOnOxygenShare", d.WardOnOxygenShare),
            Number("tankDays", d.TankDays),
            Number("cylinderDays", d.CylinderDays),
            Number("safetyDays", d.SafetyDays),
            Number("reorderPointDays", d.ReorderPointDays),
            Number("minDropDays", d.MinDropDays),
            SemanticChecks.IntegerOf(section?["leadTimeDays"]) ?? d.LeadTimeDays,
            Number("plantCapacityFactor", d.PlantCapacityFactor),
            Number("excessDeathRate", d.ExcessDeathRate));
    }

    /// <summary>The section as canonical YAML (every field, fixed order).</summary>
    public static void Write(StringBuilder yaml, OxygenSettings oxygen)
    {
        yaml.Append("oxygen:\n");
        foreach (var (key, value) in Fields)
        {
            yaml.Append("  ").Append(key).Append(": ").Append(value(oxygen)).Append('\n');
        }
    }
}
