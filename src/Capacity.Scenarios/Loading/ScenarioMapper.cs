using System.Collections.Immutable;
using Capacity.Domain.Capacity;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Newtonsoft.Json.Linq;

namespace Capacity.Scenarios.Loading;

/// <summary>
/// Builds the Domain <see cref="Scenario"/> from a scenario's JSON form that passed every check, filling each
/// field the file leaves out from <see cref="ScenarioDefaults"/>.
/// </summary>
internal static class ScenarioMapper
{
    /// <summary>The network source prefix of built-in networks (<c>builtin:imss-2020</c>).</summary>
    public const string BuiltInPrefix = "builtin:";

    /// <summary>The resolved scenario (<paramref name="observed"/>: the observed-admissions file, read and checked).</summary>
    public static Scenario Map(JObject root, HospitalNetwork network, ObservedDemand? observed = null)
    {
        var supply = Section(root, "supply");
        return new Scenario(
            Name: root.Value<string>("name")!,
            Description: root.Value<string>("description") ?? ScenarioDefaults.Description,
            Seed: root.Value<long>("seed"),
            Start: SemanticChecks.DateOf(root["start"])!.Value,
            Days: root.Value<int>("days"),
            NetworkSource: BuiltInPrefix + Section(root, "network")!.Value<string>("builtin"),
            Network: network,
            Demand: Demand(Section(root, "demand"), observed),
            Care: Care(Section(root, "care")),
            Capacity: Capacity(Section(root, "capacity")),
            Supply: Supply(supply),
            Outputs: Outputs(Section(root, "outputs")),
            Reconversion: ReconversionMapper.Map(Section(root, "reconversion")),
            Staffing: StaffingYaml.Map(Section(root, "staffing")),
            Transfers: TransfersYaml.Map(Section(root, "transfers"), network),
            Equipment: EquipmentYaml.Map(Section(root, "equipment"), network),
            Shocks: ShocksYaml.Map(root["shocks"] as JArray),
            Oxygen: OxygenYaml.Map(Section(root, "oxygen")),
            Ventilators: VentilatorsYaml.Map(Section(root, "ventilators")),
            Plots: SemanticChecks.BoolOf(Section(root, "outputs")?["plots"]) ?? OutputDefaults.Plots);
    }

    private static WaveDemandSettings Demand(JObject? demand, ObservedDemand? observed)
    {
        var waves = demand?["waves"] is JArray written
            ? written.OfType<JObject>()
                .Select(w => new Wave(SemanticChecks.DateOf(w["peak"])!.Value, Number(w, "widthDays", 0), Number(w, "share", 0)))
                .ToImmutableArray()
            : ScenarioDefaults.Waves;
        var regions = (demand?["regions"] as JObject)?.Properties()
            .Select(p => KeyValuePair.Create(p.Name, Regional(p.Value as JObject)))
            ?? [];
        return new WaveDemandSettings(
            Number(demand, "attackRate", ScenarioDefaults.AttackRate),
            Number(demand, "hospitalisedShare", ScenarioDefaults.HospitalisedShare),
            Number(demand, "icuShareOfHospitalised", ScenarioDefaults.IcuShareOfHospitalised),
            waves,
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, regions),
            SeirYaml.ModelFrom(demand?["model"]),
            SeirYaml.Map(Section(demand, "seir")),
            observed);
    }

    private static RegionalDemand Regional(JObject? region) => new(
        Number(region, "multiplier", ScenarioDefaults.RegionMultiplier),
        Integer(region, "peakShiftDays", ScenarioDefaults.RegionPeakShiftDays));

    private static CareSettings Care(JObject? care) => new(
        Level(Section(care, "ward"), ScenarioDefaults.Ward),
        Level(Section(care, "icu"), ScenarioDefaults.Icu),
        Integer(care, "maxStayDays", ScenarioDefaults.MaxStayDays),
        Number(care, "stepUpRate", ScenarioDefaults.StepUpRate),
        Number(care, "stepDownShare", ScenarioDefaults.StepDownShare));

    private static LevelCare Level(JObject? level, LevelCare defaults) => new(
        Number(level, "meanStayDays", defaults.MeanStayDays),
        Number(level, "stayCv", defaults.StayCv),
        Number(level, "deathRate", defaults.DeathRate),
        Number(level, "turnedAwayDeathRate", defaults.TurnedAwayDeathRate));

    private static CapacitySettings Capacity(JObject? capacity) => new(
        Tiers(Section(capacity, "covidBedShare"), ScenarioDefaults.CovidBedShare),
        Tiers(Section(capacity, "icuShareOfCovidBeds"), ScenarioDefaults.IcuShareOfCovidBeds),
        Number(capacity, "stretcherShare", ScenarioDefaults.StretcherShare),
        Tiers(Section(capacity, "nonCovidOccupancy"), ScenarioDefaults.NonCovidOccupancy));

    private static TierShares Tiers(JObject? tiers, TierShares defaults) => new(
        Number(tiers, "umae", defaults.Umae),
        Number(tiers, "secondLevel", defaults.SecondLevel),
        Number(tiers, "ruralBienestar", defaults.RuralBienestar));

    private static SupplySettings Supply(JObject? supply)
    {
        var items = Section(supply, "items");
        var leadTimes = Section(supply, "leadTimes");
        var stock = Section(supply, "initialStock");
        var defaultLeads = ScenarioDefaults.LeadTimes;
        var defaultStock = ScenarioDefaults.InitialStock;
        return new SupplySettings(
            [.. SupplyItems.All.Select(item => Item(Section(items, SupplyItems.Code(item)), ScenarioDefaults.Item(item)))],
            Reorder(Section(supply, "hospitalReorder"), ScenarioDefaults.HospitalReorder),
            Reorder(Section(supply, "regionalReorder"), ScenarioDefaults.RegionalReorder),
            Reorder(Section(supply, "centralReorder"), ScenarioDefaults.CentralReorder),
            new LeadTimes(
                Integer(leadTimes, "supplierToCentral", defaultLeads.SupplierToCentral),
                Integer(leadTimes, "centralToRegional", defaultLeads.CentralToRegional),
                Integer(leadTimes, "regionalToHospital", defaultLeads.RegionalToHospital)),
            new InitialStock(
                Number(stock, "hospitalDays", defaultStock.HospitalDays),
                Number(stock, "regionalDays", defaultStock.RegionalDays),
                Number(stock, "centralDays", defaultStock.CentralDays)),
            Integer(supply, "forecastWindowDays", ScenarioDefaults.ForecastWindowDays),
            SupplyYaml.PolicyOf(supply?.Value<string>("policy")),
            Number(supply, "pushReserveDays", SupplyPolicyDefaults.PushReserveDays),
            SupplyYaml.StockOutAbsence(Section(supply, "stockOutAbsence")));
    }

    private static ItemSettings Item(JObject? item, ItemSettings defaults) => new(
        defaults.Item,
        Number(item, "wardPerPatientDay", defaults.WardPerPatientDay),
        Number(item, "icuPerPatientDay", defaults.IcuPerPatientDay),
        Number(item, "perAdmission", defaults.PerAdmission),
        item?["supplierDailyCapacity"] is JValue capacity ? capacity.Value<long>() : defaults.SupplierDailyCapacity,
        Number(item, "perTeamDay", SupplyPolicyDefaults.PerTeamDay),
        Number(item, "unitPrice", SupplyPolicyDefaults.UnitPrice));

    private static ReorderRule Reorder(JObject? rule, ReorderRule defaults) => new(
        Number(rule, "reorderPointDays", defaults.ReorderPointDays),
        Number(rule, "orderUpToDays", defaults.OrderUpToDays));

    private static ImmutableArray<OutputFormat> Outputs(JObject? outputs) =>
        outputs?["formats"] is JArray formats
            ? [.. formats.Select(f => OutputFormatCodes.FromCode(f.Value<string>()!))]
            : ScenarioDefaults.Outputs;

    private static JObject? Section(JObject? parent, string key) => parent?[key] as JObject;

    private static double Number(JObject? parent, string key, double fallback) =>
        SemanticChecks.NumberOf(parent?[key]) ?? fallback;

    private static int Integer(JObject? parent, string key, int fallback) =>
        SemanticChecks.IntegerOf(parent?[key]) ?? fallback;
}
