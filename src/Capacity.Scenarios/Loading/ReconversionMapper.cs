using System.Collections.Immutable;
using Capacity.Domain.Reconversion;
using Newtonsoft.Json.Linq;

namespace Capacity.Scenarios.Loading;

/// <summary>
/// Builds the Domain <see cref="ReconversionSettings"/> from the <c>reconversion:</c> section of a scenario that passed
/// the schema and the date checks, filling what the file leaves out from <see cref="ScenarioDefaults"/>.
/// </summary>
internal static class ReconversionMapper
{
    /// <summary>The settings; an omitted section gives <see cref="ScenarioDefaults.Reconversion"/>.</summary>
    public static ReconversionSettings Map(JObject? section)
    {
        var defaults = ScenarioDefaults.Reconversion;
        if (section is null)
        {
            return defaults;
        }

        return new ReconversionSettings(
            section["policy"] is JValue { Value: string policy } ? ReconversionYamlCodes.PolicyFrom(policy) : defaults.Policy,
            Integer(section, "leadDays", defaults.LeadDays),
            Number(section, "icuShareOfConvertedBeds", defaults.IcuShareOfConvertedBeds),
            [.. Items(section, "schedule").Select(Step)],
            [.. Items(section, "temporaryUnits").Select(Unit)],
            section["reversion"] is JObject reversion ? Reversion(reversion) : null,
            Trigger(section["trigger"] as JObject, defaults.Trigger),
            Forecast(section["forecast"] as JObject, defaults.Forecast));
    }

    /// <summary>The step a schedule item holds.</summary>
    public static ScheduleStep Step(JObject step) => new(
        SemanticChecks.DateOf(step["date"])!.Value,
        ReconversionYamlCodes.PhaseFrom(step.Value<string>("phase")!),
        step.Value<int>("hospitals"),
        step.Value<int>("covidBeds"),
        step.Value<int>("exclusiveHospitals"));

    private static TemporaryUnitPlan Unit(JObject unit) => new(
        unit.Value<string>("unit")!,
        SemanticChecks.DateOf(unit["opens"])!.Value,
        SemanticChecks.DateOf(unit["closes"]),
        ReconversionYamlCodes.RoleFrom(unit.Value<string>("role")!),
        Number(unit, "icuShare", 0));

    private static Reversion Reversion(JObject reversion) => new(
        SemanticChecks.DateOf(reversion["notBefore"])!.Value,
        Number(reversion, "occupancyBelow", 0),
        Number(reversion, "reactivateAbove", 0),
        Integer(reversion, "days", 0));

    private static OccupancyTrigger Trigger(JObject? trigger, OccupancyTrigger defaults) => new(
        Number(trigger, "up", defaults.Up),
        Number(trigger, "down", defaults.Down),
        Integer(trigger, "days", defaults.Days),
        Integer(trigger, "blockBeds", defaults.BlockBeds));

    private static ForecastTrigger Forecast(JObject? forecast, ForecastTrigger defaults) => new(
        Integer(forecast, "horizonDays", defaults.HorizonDays),
        Number(forecast, "margin", defaults.Margin),
        Integer(forecast, "blockBeds", defaults.BlockBeds));

    private static IEnumerable<JObject> Items(JObject section, string key) =>
        (section[key] as JArray)?.OfType<JObject>() ?? [];

    private static double Number(JObject? parent, string key, double fallback) =>
        SemanticChecks.NumberOf(parent?[key]) ?? fallback;

    private static int Integer(JObject? parent, string key, int fallback) =>
        SemanticChecks.IntegerOf(parent?[key]) ?? fallback;
}
