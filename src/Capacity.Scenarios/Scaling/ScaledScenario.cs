using System.Collections.Immutable;
using System.Globalization;
using Capacity.Domain.Demand;
using Capacity.Domain.Equipment;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Shocks;
using Capacity.Domain.Simulation;
using Capacity.Domain.Staffing;
using Capacity.Domain.Supply;
using Capacity.Domain.Transfers;

namespace Capacity.Scenarios.Scaling;

/// <summary>
/// A scenario on the <see cref="ScaledNetwork"/> N times its network's size, with every absolute figure scaled so
/// that the dynamics per affiliate, per hospital and per bed are those of the original run: national totals
/// (admissions, deaths, COVID beds, stock moved) come out about N times the original's. Used by <c>capacity bench
/// --scales</c> to measure how the engines scale.
/// </summary>
/// <remarks>
/// Every settings record of <see cref="Scenario"/> was audited for absolute counts (each decision, and why):
/// <list type="bullet">
/// <item><b>Name, network source</b>: <c>&lt;name&gt;-xN</c> and <c>&lt;source&gt; xN</c> (e.g. <c>national-2020-x10</c>,
/// <c>builtin:imss-2020 x10</c>), so manifests and run ids never pass a scaled run off as the original. The network
/// source is no loadable name: a scaled scenario is built in memory, not written back to YAML.</item>
/// <item><b>Demand</b> (<see cref="WaveDemandSettings"/>): waves and SEIR work on shares of each OOAD's affiliates
/// (attack rate, hospitalised shares, initial infected share, strata), and the affiliates are ×N, so they are unchanged;
/// regional multipliers and peak shifts are relative. The <c>observed</c> model's admissions are absolute per OOAD: every
/// point's admissions and ICU admissions are ×N (the interpolation is linear, so every day is exactly ×N and the ICU
/// share unchanged); its file name and hash still name the unscaled source file.</item>
/// <item><b>Care</b>, <b>capacity</b>, <b>oxygen</b>, <b>ventilators</b>: stays, rates, shares per bed or per patient,
/// days of use and plant factors on the hospitals' own use; hospitals keep their size, so all are unchanged.</item>
/// <item><b>Supply</b>: each item's <c>supplierDailyCapacity</c> (units per day into the central warehouse) is ×N;
/// burn rates, reorder rules and opening stock are per patient or in days of use, so unchanged.</item>
/// <item><b>Reconversion</b>: every schedule step's <c>hospitals</c>, <c>covidBeds</c> and <c>exclusiveHospitals</c> are
/// ×N (the plan picks the largest hospitals, and each original comes with its N − 1 replicas of the same size, so the
/// step selects exactly the originals' hospitals and their replicas); each temporary-unit entry is repeated for every
/// replica of its unit (same dates, role, ICU share). The trigger policies' <c>blockBeds</c> (occupancy and forecast)
/// are ×N: both decide per OOAD, which is N times larger, and the occupancy trigger converts one block per decision.
/// A block still lands in one hospital and is capped by its room, so once N × blockBeds exceeds the largest room the
/// OOAD converts less per decision than the original (an approximation, exact for the schedule policy). Lead days,
/// ICU shares and the reversion signal are relative.</item>
/// <item><b>Staffing</b>: <c>baseTeams</c> and every hire's <c>teams</c> are ×N (a national pool); the absence share
/// and the teams absent per COVID patient are relative.</item>
/// <item><b>Transfers</b>: <c>waveThreshold</c> (patients an OOAD sends out in a day) is ×N; the neighbours stay as
/// they are, since the OOADs are the same; reserve share and quiet days are relative.</item>
/// <item><b>Equipment</b>: every delivery's <c>quantity</c> is ×N (national batches and batches to a named OOAD alike);
/// the units per ICU bed and per census bed are relative.</item>
/// <item><b>Shocks</b>: values are multipliers, shares or days, and OOADs are unchanged, so shocks are kept; a
/// warehouse outage is repeated for every replica of its warehouse (the same share of the supply chain is out).</item>
/// </list>
/// Seed, start, days, outputs and plots are unchanged. A count that overflows once scaled is an
/// <see cref="ArgumentException"/> naming the scenario field.
/// </remarks>
public static class ScaledScenario
{
    // Errors name the scenario field in the message; the parameter is always the scenario passed to Of.
    private const string ScenarioParameter = "scenario";

    /// <summary><paramref name="scenario"/> on the network <paramref name="factor"/> times its size; the same instance for 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is below 1.</exception>
    /// <exception cref="ArgumentException">A figure overflows once scaled, or an entry names a hospital or warehouse the
    /// network does not have.</exception>
    public static Scenario Of(Scenario scenario, int factor)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1);
        if (factor == 1)
        {
            return scenario;
        }

        var original = scenario.Network;
        return scenario with
        {
            Name = Invariant($"{scenario.Name}-x{factor}"),
            NetworkSource = Invariant($"{scenario.NetworkSource} x{factor}"),
            Network = ScaledNetwork.Of(original, factor),
            Demand = Demand(scenario.Demand, factor),
            Supply = Supply(scenario.Supply, factor),
            Reconversion = Reconversion(scenario.Reconversion, original, factor),
            Staffing = scenario.Staffing is { } staffing ? Staffing(staffing, factor) : null,
            Transfers = scenario.Transfers is { } transfers
                ? transfers with { WaveThreshold = Times(transfers.WaveThreshold, factor, "transfers.waveThreshold") }
                : null,
            Equipment = scenario.Equipment is { } equipment ? Equipment(equipment, factor) : null,
            Shocks = scenario.Shocks.IsDefault ? scenario.Shocks : Shocks(scenario.Shocks, original, factor),
        };
    }

    private static WaveDemandSettings Demand(WaveDemandSettings demand, int factor)
    {
        if (demand.Observed is not { } observed)
        {
            return demand;
        }

        var byOoad = observed.ByOoad.ToImmutableSortedDictionary(
            entry => entry.Key,
            entry => entry.Value.Select(p => p with { Admissions = p.Admissions * factor, IcuAdmissions = p.IcuAdmissions * factor }).ToImmutableArray(),
            observed.ByOoad.KeyComparer);
        return demand with { Observed = observed with { ByOoad = byOoad } };
    }

    private static SupplySettings Supply(SupplySettings supply, int factor) => supply with
    {
        Items = [.. supply.Items.Select(item => item with
        {
            SupplierDailyCapacity = Times(item.SupplierDailyCapacity, factor, $"supply.items.{SupplyItems.Code(item.Item)}.supplierDailyCapacity"),
        })],
    };

    private static ReconversionSettings Reconversion(ReconversionSettings reconversion, HospitalNetwork original, int factor)
    {
        var hospitals = original.Hospitals.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        return reconversion with
        {
            Schedule = [.. reconversion.Schedule.Select((step, i) => step with
            {
                Hospitals = Times(step.Hospitals, factor, Invariant($"reconversion.schedule[{i}].hospitals")),
                CovidBeds = Times(step.CovidBeds, factor, Invariant($"reconversion.schedule[{i}].covidBeds")),
                ExclusiveHospitals = Times(step.ExclusiveHospitals, factor, Invariant($"reconversion.schedule[{i}].exclusiveHospitals")),
            })],
            TemporaryUnits = [.. reconversion.TemporaryUnits.SelectMany((unit, i) =>
                hospitals.Contains(unit.HospitalId)
                    ? ScaledNetwork.ReplicaIds(unit.HospitalId, factor).Select(id => unit with { HospitalId = id }).Prepend(unit)
                    : throw new ArgumentException(
                        Invariant($"reconversion.temporaryUnits[{i}].unit: '{unit.HospitalId}' is not a hospital of network '{original.Name}'."),
                        ScenarioParameter))],
            Trigger = reconversion.Trigger with
            {
                BlockBeds = Times(reconversion.Trigger.BlockBeds, factor, "reconversion.trigger.blockBeds"),
            },
            Forecast = reconversion.Forecast with
            {
                BlockBeds = Times(reconversion.Forecast.BlockBeds, factor, "reconversion.forecast.blockBeds"),
            },
        };
    }

    private static StaffingSettings Staffing(StaffingSettings staffing, int factor) => staffing with
    {
        BaseTeams = staffing.BaseTeams * factor,
        Hires = [.. staffing.Hires.Select(hire => hire with { Teams = hire.Teams * factor })],
    };

    private static EquipmentSettings Equipment(EquipmentSettings equipment, int factor) => equipment with
    {
        Deliveries = [.. equipment.Deliveries.Select((delivery, i) => delivery with
        {
            Quantity = Times(delivery.Quantity, factor, Invariant($"equipment.deliveries[{i}].quantity")),
        })],
    };

    private static ImmutableArray<Shock> Shocks(ImmutableArray<Shock> shocks, HospitalNetwork original, int factor)
    {
        var central = original.CentralWarehouseId;
        var warehouses = original.Warehouses.Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        return [.. shocks.SelectMany(Replicated)];

        IEnumerable<Shock> Replicated(Shock shock, int i)
        {
            if (shock.Kind != ShockKind.WarehouseOutage || shock.Warehouse is not { } id || id == central)
            {
                return [shock];
            }

            if (!warehouses.Contains(id))
            {
                throw new ArgumentException(
                    Invariant($"shocks[{i}].warehouse: '{id}' is not a warehouse of network '{original.Name}'."), ScenarioParameter);
            }

            return ScaledNetwork.ReplicaIds(id, factor).Select(replica => shock with { Warehouse = replica }).Prepend(shock);
        }
    }

    private static int Times(int value, int factor, string field)
    {
        var scaled = (long)value * factor;
        return scaled is >= int.MinValue and <= int.MaxValue
            ? (int)scaled
            : throw new ArgumentException(Invariant($"{field}: {value} × {factor} does not fit a 32-bit count."), ScenarioParameter);
    }

    private static long Times(long value, int factor, string field)
    {
        try
        {
            return checked(value * factor);
        }
        catch (OverflowException)
        {
            throw new ArgumentException(Invariant($"{field}: {value} × {factor} does not fit a 64-bit count."), ScenarioParameter);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
