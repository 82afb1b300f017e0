using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;

namespace Capacity.Domain.Tests.Support;

/// <summary>
/// One OOAD's hospitals run day by day under a reconversion policy: orders take effect on their due day (as the
/// engine would apply them), the test sets each day's census, and every decision is recorded.
/// </summary>
public sealed class ReconversionBench
{
    private readonly IReconversionPolicy _policy;
    private readonly DateOnly _start;
    private readonly List<PlannedReconversion> _pending = [];

    public ReconversionBench(IReconversionPolicy policy, ImmutableArray<HospitalSnapshot> hospitals, DateOnly start, ReconversionMemory? memory = null)
    {
        _policy = policy;
        _start = start;
        Hospitals = hospitals;
        Memory = memory ?? ReconversionMemory.Empty;
    }

    /// <summary>Hospitals as they reported on the last day run.</summary>
    public ImmutableArray<HospitalSnapshot> Hospitals { get; private set; }

    /// <summary>The policy's memory after the last day run.</summary>
    public ReconversionMemory Memory { get; private set; }

    /// <summary>The day the next <see cref="Step"/> runs.</summary>
    public int Day { get; private set; }

    /// <summary>Every order decided so far, with the day it was decided.</summary>
    public List<(int Day, PlannedReconversion Order)> Orders { get; } = [];

    /// <summary>Snapshots with no census, no turned-away patients and the hospital's opening COVID beds.</summary>
    public static ImmutableArray<HospitalSnapshot> Snapshots(HospitalNetwork network, Func<Hospital, LevelCounts>? beds = null) =>
        [.. network.Hospitals.Select(h => new HospitalSnapshot(
            h.Id, beds?.Invoke(h) ?? default, default, h.Type, h.CensusBeds, ReconversionPhase.None, HospitalRole.NonCovid, default))];

    /// <summary>
    /// Applies the orders due today, sets each hospital's census from its (new) COVID beds, then lets the policy
    /// decide at the end of the day.
    /// </summary>
    public ReconversionDecision Step(Func<HospitalSnapshot, LevelCounts> census, Func<HospitalSnapshot, LevelCounts>? turnedAway = null)
    {
        foreach (var order in _pending.Where(o => o.DueDay == Day).ToArray())
        {
            Hospitals = Hospitals.Select(h => h.HospitalId == order.HospitalId
                ? h with { Beds = order.Beds, Phase = order.Phase, Role = order.Role }
                : h).ToImmutableArray();
            _pending.Remove(order);
        }

        Hospitals = [.. Hospitals.Select(h => h with { Census = census(h), TurnedAway = turnedAway?.Invoke(h) ?? default })];
        var decision = _policy.Decide(new ReconversionView("o01", Day, _start.AddDays(Day), Hospitals, Memory));
        Memory = decision.Memory;
        _pending.AddRange(decision.Changes);
        Orders.AddRange(decision.Changes.Select(c => (Day, c)));
        Day++;
        return decision;
    }

    /// <summary>Runs <paramref name="days"/> days at a fixed share of each hospital's COVID beds occupied.</summary>
    public void Run(int days, double occupancy)
    {
        for (var i = 0; i < days; i++)
        {
            Step(h => AtOccupancy(h.Beds, occupancy));
        }
    }

    /// <summary>Census at a share of the beds, rounded down per level.</summary>
    public static LevelCounts AtOccupancy(LevelCounts beds, double occupancy) =>
        new((int)(beds.Ward * occupancy), (int)(beds.Icu * occupancy));

    /// <summary>A one-OOAD network (<c>o01</c>) of the given hospitals, sorted by id.</summary>
    public static HospitalNetwork Network(params (string Id, HospitalType Type, int CensusBeds)[] hospitals) =>
        new(
            "reconversion",
            [new Ooad("o01", "OOAD 1", "State 1", 1_000_000)],
            [.. hospitals.OrderBy(h => h.Id, StringComparer.Ordinal).Select(h => new Hospital(h.Id, h.Id, "o01", h.Type, h.CensusBeds, "wh-o01"))],
            [new Warehouse("central", "Central", WarehouseKind.Central, null, null), new Warehouse("wh-o01", "o01", WarehouseKind.Ooad, "o01", "central")]);
}
