using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Equipment;
using Capacity.Domain.Random;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Ventilators;

/// <summary>
/// The national ventilator step, run by the engine at the start of each day before the OOADs' care phase: the day's
/// ventilator deliveries (the ventilator batches of <see cref="EquipmentSettings.Deliveries"/>, one source of truth)
/// are shared among the OOADs by <see cref="VentilatorSettings.Allocation"/>, on the hospitals' reports of yesterday.
/// Batches that name an OOAD (the repaired units) always go to it. Both engines call it with the same inputs.
/// </summary>
public sealed class VentilatorDay
{
    private readonly VentilatorSettings _settings;
    private readonly RunLayout _layout;
    private readonly ImmutableArray<string> _codes;
    private readonly double[] _weights;
    private readonly ImmutableArray<EquipmentDelivery> _batches;
    private readonly ImmutableDictionary<string, int> _opening;
    private readonly ImmutableDictionary<string, CensusForecast> _forecasts;
    private long _nationalDelivered;
    private long _held;

    /// <summary>The national step of a run (only used when <see cref="Scenario.Ventilators"/> is on).</summary>
    public VentilatorDay(RunLayout layout)
    {
        _layout = layout;
        var scenario = layout.Scenario;
        _settings = scenario.Ventilators ?? VentilatorSettings.Disabled;
        _codes = [.. scenario.Network.Ooads.Select(o => o.Code)];
        var reference = scenario.Network.Hospitals.ToDictionary(h => h.Id, h => layout.ReferenceBeds(h.Id), StringComparer.Ordinal);
        _weights = EquipmentPlan.Weights(EquipmentAllocationKind.ProportionalToIcuBeds, scenario.Network, reference);
        _batches = [.. (scenario.Equipment ?? EquipmentSettings.Disabled).Deliveries.Where(d => d.Item == EquipmentItem.Ventilator)];
        _opening = scenario.Network.Ooads.ToImmutableDictionary(
            o => o.Code,
            o => scenario.Network.HospitalsOf(o.Code).Sum(h => _settings.InitialUnits(layout.Opening[h.Id].Beds.Icu)),
            StringComparer.Ordinal);
        _forecasts = _settings.Allocation == VentilatorAllocationKind.NeedBased
            ? scenario.Network.Ooads.ToImmutableDictionary(o => o.Code, o => new CensusForecast(layout.DemandOf(o), scenario.Care), StringComparer.Ordinal)
            : ImmutableDictionary<string, CensusForecast>.Empty;
    }

    /// <summary>Units held back nationally (<see cref="VentilatorAllocationKind.CentralReserve"/>) after today's allocation.</summary>
    public int Reserve { get; private set; }

    /// <summary>What the allocation carries from one day to the next (for checkpoints).</summary>
    public VentilatorLedger Ledger => new(_nationalDelivered, _held, Reserve);

    /// <summary>Resumes from a checkpoint's <see cref="Ledger"/>.</summary>
    public void Restore(VentilatorLedger ledger)
    {
        (_nationalDelivered, _held, Reserve) = (ledger.NationalDelivered, ledger.Held, ledger.Reserve);
    }

    /// <summary>Units each OOAD receives today, by OOAD code.</summary>
    /// <param name="day">Today.</param>
    /// <param name="date">Today's date.</param>
    /// <param name="yesterday">Every hospital's final report of yesterday (empty on day 0).</param>
    public ImmutableSortedDictionary<string, int> Allocate(int day, DateOnly date, IReadOnlyList<HospitalDayReport> yesterday)
    {
        var shares = new int[_codes.Length];
        if (_settings.Allocation == VentilatorAllocationKind.ProportionalToIcuBeds)
        {
            // Exactly the equipment plan's shares of every batch, so the fleet and daily_ooad's inventory agree.
            for (var i = 0; i < _codes.Length; i++)
            {
                shares[i] = Today(_layout.Equipment[_codes[i]].Deliveries.Where(d => d.Item == EquipmentItem.Ventilator), date);
            }

            return Result(shares);
        }

        for (var i = 0; i < _codes.Length; i++)
        {
            shares[i] = Today(_batches.Where(b => b.Ooad == _codes[i]), date);
        }

        var national = Today(_batches.Where(b => b.Ooad is null), date);
        var byOoad = yesterday.Where(r => r.Ventilators is not null).ToLookup(r => r.OoadCode, StringComparer.Ordinal);
        if (_settings.Allocation == VentilatorAllocationKind.CentralReserve)
        {
            _nationalDelivered += national;
            var target = (long)Math.Floor(_nationalDelivered * (decimal)Math.Clamp(_settings.ReserveShare, 0, 1));
            var withheld = (int)(target - _held);
            _held = target;
            Reserve += withheld;
            Add(shares, Sampling.Apportion(national - withheld, _weights));
            Release(shares, byOoad);
        }
        else
        {
            Add(shares, Sampling.Apportion(national, NeedWeights(day, byOoad)));
        }

        return Result(shares);
    }

    /// <summary>Projected shortfall of each OOAD: ventilated share of its ICU census in <c>ForecastDays</c> less its units.</summary>
    private double[] NeedWeights(int day, ILookup<string, HospitalDayReport> byOoad)
    {
        var need = new double[_codes.Length];
        for (var i = 0; i < _codes.Length; i++)
        {
            var reports = byOoad[_codes[i]].ToArray();
            var census = reports.Aggregate(default(LevelCounts), (sum, r) => sum + r.Census);
            var held = reports.Length > 0 ? reports.Sum(r => r.Ventilators!.Held) : _opening[_codes[i]];
            var horizon = Math.Max(0, _settings.ForecastDays);
            var icu = _forecasts[_codes[i]].Ahead(census, day - 1, horizon)[horizon].Icu;
            // An OOAD without hospitals (possible in a custom network) could not hold what it is sent.
            need[i] = _layout.Scenario.Network.HospitalsOf(_codes[i]).Any()
                ? Math.Max(0, (_settings.VentilatedShare * icu) - held)
                : 0;
        }

        return need.Sum() > 0 ? need : _weights;
    }

    /// <summary>Reserve units to the OOADs whose patients lack units, largest gap first (ties: code order).</summary>
    private void Release(int[] shares, ILookup<string, HospitalDayReport> byOoad)
    {
        var gaps = _codes
            .Select((code, i) => (Index: i, Code: code, Gap: byOoad[code].Sum(r => Math.Max(0, r.Ventilators!.VentilatedCensus + r.Ventilators.Short - r.Ventilators.InService - r.Ventilators.InTransit))))
            .Where(g => g.Gap > 0)
            .OrderByDescending(g => g.Gap)
            .ThenBy(g => g.Code, StringComparer.Ordinal);
        foreach (var (index, _, gap) in gaps)
        {
            var released = Math.Min(Reserve, gap);
            shares[index] += released;
            Reserve -= released;
        }
    }

    private static int Today(IEnumerable<EquipmentDelivery> batches, DateOnly date) =>
        batches.Sum(b => b.DeliveredBy(date) - b.DeliveredBy(date.AddDays(-1)));

    private static void Add(int[] shares, int[] parts)
    {
        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] += parts[i];
        }
    }

    private ImmutableSortedDictionary<string, int> Result(int[] shares) =>
        _codes.Select((c, i) => (c, i)).ToImmutableSortedDictionary(p => p.c, p => shares[p.i], StringComparer.Ordinal);
}
