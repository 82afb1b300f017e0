using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Capacity.Domain.Capacity;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Equipment;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Shocks;
using Capacity.Domain.Staffing;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Domain.Transfers;
using Capacity.Domain.Ventilators;
using Capacity.Scenarios.Loading;
using static Capacity.Scenarios.Loading.YamlLines;

namespace Capacity.Scenarios;

/// <summary>
/// Writes a scenario as canonical YAML: every field explicit, defaults filled, fixed key order, regions sorted by
/// code, items in <see cref="SupplyItem"/> order, schedule steps and temporary units as given, numbers in shortest round-trip form and '\n' line ends. Two files
/// that mean the same scenario therefore produce the same text, and hash, whatever their comments or layout.
/// </summary>
public static class ScenarioWriter
{
    /// <summary>The canonical YAML of <paramref name="scenario"/>; loading it gives the same scenario back.</summary>
    /// <exception cref="ArgumentException">The scenario's network is not a built-in one (the format has no other source yet).</exception>
    public static string ToYaml(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (!scenario.NetworkSource.StartsWith(ScenarioMapper.BuiltInPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Only built-in networks can be written; the network source is '{scenario.NetworkSource}'.", nameof(scenario));
        }

        var yaml = new StringBuilder();
        Field(yaml, 0, "name", CoreSchema.QuoteIfNeeded(scenario.Name));
        Field(yaml, 0, "description", CoreSchema.DoubleQuoted(scenario.Description));
        Field(yaml, 0, "seed", Integer(scenario.Seed));
        Field(yaml, 0, "start", Date(scenario.Start));
        Field(yaml, 0, "days", Integer(scenario.Days));
        Section(yaml, 0, "network");
        Field(yaml, 1, "builtin", CoreSchema.QuoteIfNeeded(scenario.NetworkSource[ScenarioMapper.BuiltInPrefix.Length..]));
        WriteDemand(yaml, scenario);
        WriteCare(yaml, scenario.Care);
        Section(yaml, 0, "capacity");
        WriteTiers(yaml, "covidBedShare", scenario.Capacity.CovidBedShare);
        WriteTiers(yaml, "icuShareOfCovidBeds", scenario.Capacity.IcuShareOfCovidBeds);
        Field(yaml, 1, "stretcherShare", Number(scenario.Capacity.StretcherShare));
        WriteTiers(yaml, "nonCovidOccupancy", scenario.Capacity.NonCovidOccupancy);
        WriteReconversion(yaml, scenario.Reconversion);
        WriteStaffing(yaml, scenario.Staffing ?? ScenarioDefaults.Staffing);
        WriteTransfers(yaml, scenario.Transfers ?? TransferDefaults.Settings);
        WriteEquipment(yaml, scenario.Equipment ?? ScenarioDefaults.Equipment);
        OxygenYaml.Write(yaml, scenario.Oxygen ?? OxygenDefaults.Settings);
        WriteVentilators(yaml, scenario.Ventilators ?? VentilatorDefaults.Settings);
        ShocksYaml.Write(yaml, scenario.Shocks);
        SupplyYaml.Write(yaml, scenario.Supply);
        Section(yaml, 0, "outputs");
        Field(yaml, 1, "formats", $"[{string.Join(", ", scenario.Outputs.Select(OutputFormatCodes.Code))}]");
        Field(yaml, 1, "plots", scenario.Plots ? "true" : "false");
        return yaml.ToString();
    }

    private static void WriteDemand(StringBuilder yaml, Scenario scenario)
    {
        var demand = scenario.Demand;
        Section(yaml, 0, "demand");
        Field(yaml, 1, "model", SeirYaml.Model(demand.Model));
        Field(yaml, 1, "attackRate", Number(demand.AttackRate));
        Field(yaml, 1, "hospitalisedShare", Number(demand.HospitalisedShare));
        Field(yaml, 1, "icuShareOfHospitalised", Number(demand.IcuShareOfHospitalised));
        Sequence(yaml, "waves", demand.Waves, "peak", wave => Date(wave.Peak), wave =>
        {
            Field(yaml, 3, "widthDays", Number(wave.WidthDays));
            Field(yaml, 3, "share", Number(wave.Share));
        });

        Mapping(yaml, "regions", demand.Regions, (code, region) =>
        {
            Section(yaml, 2, code);
            Field(yaml, 3, "multiplier", Number(region.Multiplier));
            Field(yaml, 3, "peakShiftDays", Integer(region.PeakShiftDays));
        });
        WriteSeir(yaml, demand.Seir ?? SeirDefaults.Settings);
        if (demand.Observed is { } observed)
        {
            Section(yaml, 1, "observed");
            Field(yaml, 2, "file", CoreSchema.QuoteIfNeeded(observed.File));
            Field(yaml, 2, "sha256", observed.Sha256);
        }
        else
        {
            Field(yaml, 1, "observed", "null");
        }
    }

    private static void WriteSeir(StringBuilder yaml, SeirSettings seir)
    {
        Section(yaml, 1, "seir");
        Field(yaml, 2, "r0", Number(seir.R0));
        Field(yaml, 2, "latentDays", Number(seir.LatentDays));
        Field(yaml, 2, "infectiousDays", Number(seir.InfectiousDays));
        Field(yaml, 2, "initialInfectedShare", Number(seir.InitialInfectedShare));
        Field(yaml, 2, "hospitalisedShareOfInfections", Number(seir.HospitalisedShareOfInfections));
        Field(yaml, 2, "hospitalDelayDays", Integer(seir.HospitalDelayDays));
        if (seir.Schedule.IsDefaultOrEmpty)
        {
            Field(yaml, 2, "schedule", "[]");
        }
        else
        {
            Section(yaml, 2, "schedule");
            foreach (var change in seir.Schedule)
            {
                yaml.Append(Indent).Append(Indent).Append(Indent).Append("- from: ").Append(Date(change.From)).Append('\n');
                Field(yaml, 4, "contactFactor", Number(change.ContactFactor));
            }
        }

        Field(yaml, 2, "stochastic", seir.Stochastic ? "true" : "false");
        if (seir.Strata.IsDefaultOrEmpty)
        {
            Field(yaml, 2, "strata", "[]");
            return;
        }

        Section(yaml, 2, "strata");
        foreach (var group in seir.Strata)
        {
            yaml.Append(Indent).Append(Indent).Append(Indent).Append("- name: ").Append(CoreSchema.QuoteIfNeeded(group.Name)).Append('\n');
            Field(yaml, 4, "populationShare", Number(group.PopulationShare));
            Field(yaml, 4, "relativeContact", Number(group.RelativeContact));
            Field(yaml, 4, "relativeSusceptibility", Number(group.RelativeSusceptibility));
            Field(yaml, 4, "hospitalisedShareOfInfections", Number(group.HospitalisedShareOfInfections));
            Field(yaml, 4, "icuShareOfHospitalised", group.IcuShareOfHospitalised is { } icu ? Number(icu) : "null");
        }
    }

    private static void WriteCare(StringBuilder yaml, CareSettings care)
    {
        Section(yaml, 0, "care");
        Field(yaml, 1, "maxStayDays", Integer(care.MaxStayDays));
        Field(yaml, 1, "stepUpRate", Number(care.StepUpRate));
        Field(yaml, 1, "stepDownShare", Number(care.StepDownShare));
        foreach (var (key, level) in new[] { ("ward", care.Ward), ("icu", care.Icu) })
        {
            Section(yaml, 1, key);
            Field(yaml, 2, "meanStayDays", Number(level.MeanStayDays));
            Field(yaml, 2, "stayCv", Number(level.StayCv));
            Field(yaml, 2, "deathRate", Number(level.DeathRate));
            Field(yaml, 2, "turnedAwayDeathRate", Number(level.TurnedAwayDeathRate));
        }
    }

    private static void WriteTiers(StringBuilder yaml, string key, TierShares shares)
    {
        Section(yaml, 1, key);
        Field(yaml, 2, "umae", Number(shares.Umae));
        Field(yaml, 2, "secondLevel", Number(shares.SecondLevel));
        Field(yaml, 2, "ruralBienestar", Number(shares.RuralBienestar));
    }

    private static void WriteReconversion(StringBuilder yaml, ReconversionSettings reconversion)
    {
        Section(yaml, 0, "reconversion");
        Field(yaml, 1, "policy", ReconversionYamlCodes.Policy(reconversion.Policy));
        Field(yaml, 1, "leadDays", Integer(reconversion.LeadDays));
        Field(yaml, 1, "icuShareOfConvertedBeds", Number(reconversion.IcuShareOfConvertedBeds));
        Sequence(yaml, "schedule", reconversion.Schedule, "date", step => Date(step.Date), step =>
        {
            Field(yaml, 3, "phase", ReconversionYamlCodes.Phase(step.Phase));
            Field(yaml, 3, "hospitals", Integer(step.Hospitals));
            Field(yaml, 3, "covidBeds", Integer(step.CovidBeds));
            Field(yaml, 3, "exclusiveHospitals", Integer(step.ExclusiveHospitals));
        });
        Sequence(yaml, "temporaryUnits", reconversion.TemporaryUnits, "unit", unit => CoreSchema.QuoteIfNeeded(unit.HospitalId), unit =>
        {
            Field(yaml, 3, "opens", Date(unit.Opens));
            Field(yaml, 3, "closes", unit.Closes is { } closes ? Date(closes) : "null");
            Field(yaml, 3, "role", ReconversionYamlCodes.Role(unit.Role));
            Field(yaml, 3, "icuShare", Number(unit.IcuShare));
        });

        if (reconversion.Reversion is { } reversion)
        {
            Section(yaml, 1, "reversion");
            Field(yaml, 2, "notBefore", Date(reversion.NotBefore));
            Field(yaml, 2, "occupancyBelow", Number(reversion.OccupancyBelow));
            Field(yaml, 2, "reactivateAbove", Number(reversion.ReactivateAbove));
            Field(yaml, 2, "days", Integer(reversion.Days));
        }
        else
        {
            Field(yaml, 1, "reversion", "null");
        }

        Section(yaml, 1, "trigger");
        Field(yaml, 2, "up", Number(reconversion.Trigger.Up));
        Field(yaml, 2, "down", Number(reconversion.Trigger.Down));
        Field(yaml, 2, "days", Integer(reconversion.Trigger.Days));
        Field(yaml, 2, "blockBeds", Integer(reconversion.Trigger.BlockBeds));
        Section(yaml, 1, "forecast");
        Field(yaml, 2, "horizonDays", Integer(reconversion.Forecast.HorizonDays));
        Field(yaml, 2, "margin", Number(reconversion.Forecast.Margin));
        Field(yaml, 2, "blockBeds", Integer(reconversion.Forecast.BlockBeds));
    }

    private static void WriteStaffing(StringBuilder yaml, StaffingSettings staffing)
    {
        Section(yaml, 0, "staffing");
        Field(yaml, 1, "enabled", staffing.Enabled ? "true" : "false");
        Field(yaml, 1, "baseTeams", Number(staffing.BaseTeams));
        Sequence(yaml, "hires", staffing.Hires, "date", hire => Date(hire.Date), hire => Field(yaml, 3, "teams", Number(hire.Teams)));

        Field(yaml, 1, "absenceShare", Number(staffing.AbsenceShare));
        Field(yaml, 1, "split", StaffingYaml.Code(staffing.Split));
        Field(yaml, 1, "teamRounding", StaffingYaml.Code(staffing.Rounding));
        Field(yaml, 1, "infectionAbsence", Number(staffing.InfectionAbsence));
    }

    private static void WriteTransfers(StringBuilder yaml, TransferSettings transfers)
    {
        Section(yaml, 0, "transfers");
        Field(yaml, 1, "policy", TransfersYaml.Policy(transfers.Policy));
        Field(yaml, 1, "reserveShare", Number(transfers.ReserveShare));
        Field(yaml, 1, "waveThreshold", Integer(transfers.WaveThreshold));
        Field(yaml, 1, "waveQuietDays", Integer(transfers.WaveQuietDays));
        Mapping(yaml, "neighbours", transfers.Neighbours, (code, codes) =>
            Field(yaml, 2, code, "[" + string.Join(", ", codes.Select(CoreSchema.QuoteIfNeeded)) + "]"));
    }

    /// <summary>
    /// A mapping at depth 1 keyed by code, in key order (<c>{}</c> when empty); <paramref name="entry"/> writes one entry
    /// from its quoted key.
    /// </summary>
    private static void Mapping<T>(StringBuilder yaml, string key, ImmutableSortedDictionary<string, T> map, Action<string, T> entry)
    {
        if (map.IsEmpty)
        {
            Field(yaml, 1, key, "{}");
            return;
        }

        Section(yaml, 1, key);
        foreach (var (code, value) in map)
        {
            entry(CoreSchema.QuoteIfNeeded(code), value);
        }
    }

    private static void WriteEquipment(StringBuilder yaml, EquipmentSettings equipment)
    {
        Section(yaml, 0, "equipment");
        Field(yaml, 1, "enabled", equipment.Enabled ? "true" : "false");
        WriteRates(yaml, 1, "perIcuBed", equipment.PerIcuBed);
        Section(yaml, 1, "baseline");
        Field(yaml, 2, "equipOpeningIcuBeds", equipment.EquipOpeningIcuBeds ? "true" : "false");
        WriteRates(yaml, 2, "surplusPerCensusBed", equipment.SurplusPerCensusBed);
        Sequence(yaml, "deliveries", equipment.Deliveries, "item", d => EquipmentItems.Key(d.Item), d =>
        {
            Field(yaml, 3, "quantity", Integer(d.Quantity));
            Field(yaml, 3, "from", Date(d.From));
            Field(yaml, 3, "to", Date(d.To));
            Field(yaml, 3, "ooad", d.Ooad is { } code ? CoreSchema.QuoteIfNeeded(code) : "null");
        });
        Field(yaml, 1, "allocation", EquipmentYaml.Code(equipment.Allocation));
    }

    private static void WriteVentilators(StringBuilder yaml, VentilatorSettings ventilators)
    {
        Section(yaml, 0, "ventilators");
        Field(yaml, 1, "enabled", ventilators.Enabled ? "true" : "false");
        Field(yaml, 1, "initialPerIcuBed", Number(ventilators.InitialPerIcuBed));
        Field(yaml, 1, "ventilatedShare", Number(ventilators.VentilatedShare));
        Field(yaml, 1, "failureRate", Number(ventilators.FailureRate));
        Field(yaml, 1, "repairDays", Integer(ventilators.RepairDays));
        Field(yaml, 1, "lossDeathRate", Number(ventilators.LossDeathRate));
        Field(yaml, 1, "allocation", VentilatorsYaml.Code(ventilators.Allocation));
        Field(yaml, 1, "reserveShare", Number(ventilators.ReserveShare));
        Field(yaml, 1, "forecastDays", Integer(ventilators.ForecastDays));
    }

    private static void WriteRates(StringBuilder yaml, int depth, string key, EquipmentRates rates)
    {
        Section(yaml, depth, key);
        foreach (var item in EquipmentItems.All)
        {
            Field(yaml, depth + 1, EquipmentItems.Key(item), Number(rates.For(item)));
        }
    }

    /// <summary>
    /// A list field of a top-level section: <c>[]</c> when empty, else one block item per element whose first key
    /// (<paramref name="firstKey"/>) opens the item and whose other fields <paramref name="rest"/> writes at depth 3.
    /// </summary>
    private static void Sequence<T>(
        StringBuilder yaml, string key, ImmutableArray<T> items, string firstKey, Func<T, string> first, Action<T> rest)
    {
        if (items.IsDefaultOrEmpty)
        {
            Field(yaml, 1, key, "[]");
            return;
        }

        Section(yaml, 1, key);
        foreach (var item in items)
        {
            yaml.Append(Indent).Append(Indent).Append("- ").Append(firstKey).Append(": ").Append(first(item)).Append('\n');
            rest(item);
        }
    }
}
