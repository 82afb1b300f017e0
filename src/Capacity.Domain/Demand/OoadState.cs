using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Capacity.Domain.Care;
using Capacity.Domain.Equipment;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Staffing;
using Capacity.Domain.Ventilators;
using Orleans;

namespace Capacity.Domain.Demand;

/// <summary>
/// An OOAD between days: its hospitals as last reported (in id order), its reconversion policy's memory and the
/// sequence number of its next order.
/// </summary>
/// <param name="Ooad">The OOAD.</param>
/// <param name="Hospitals">Its hospitals as last reported, in id order.</param>
/// <param name="Memory">The reconversion policy's memory.</param>
/// <param name="NextSeq">Sequence number of the next outgoing message.</param>
/// <param name="Equipment">The OOAD's equipment for the run; null = no equipment limit (<see cref="EquipmentConstraint"/>).</param>
/// <param name="Oxygen">The OOAD's regional oxygen plant; null when oxygen is not modelled (<see cref="Oxygen.OoadOxygen"/>).</param>
/// <param name="Fleet">The OOAD's ventilator fleet (<see cref="OoadFleet"/>); null when the fleet is off.</param>
/// <remarks>Every member is a constructor parameter: the Orleans code generator only serializes those, and a checkpoint
/// must carry all of it.</remarks>
[GenerateSerializer, Immutable, Alias("capacity.OoadState")]
public sealed record OoadState(
    Ooad Ooad,
    ImmutableArray<HospitalSnapshot> Hospitals,
    ReconversionMemory Memory,
    int NextSeq,
    OoadEquipment? Equipment = null,
    Oxygen.OxygenPlant? Oxygen = null,
    OoadFleet? Fleet = null)
{
    /// <summary>An OOAD on day 0: empty hospitals with their opening beds, phase and role (and its equipment, if limited).</summary>
    public static OoadState Open(Ooad ooad, IEnumerable<(Hospital Hospital, PlannedBeds Opening)> hospitals, OoadEquipment? equipment = null)
    {
        var snapshots = hospitals
            .OrderBy(h => h.Hospital.Id, StringComparer.Ordinal)
            .Select(h => new HospitalSnapshot(
                h.Hospital.Id, h.Opening.Beds, default, h.Hospital.Type, h.Hospital.CensusBeds, h.Opening.Phase, h.Opening.Role, default))
            .ToImmutableArray();
        var planned = snapshots.ToImmutableSortedDictionary(
            h => h.HospitalId, h => new PlannedBeds(h.Beds, h.Phase, h.Role), StringComparer.Ordinal);
        return new OoadState(ooad, snapshots, ReconversionMemory.Empty with { Planned = planned }, 0) { Equipment = equipment };
    }

    /// <summary>This OOAD with a ventilator fleet sized on its hospitals' opening ICU beds (unchanged when <paramref name="settings"/> is off).</summary>
    public OoadState WithFleet(VentilatorSettings? settings) =>
        settings is { Enabled: true } on
            ? this with { Fleet = OoadFleet.Open(on, Hospitals.Select(h => (h.HospitalId, h.Beds.Icu))) }
            : this;

    /// <summary>
    /// Today's ventilator inputs of each hospital (same order as <see cref="Hospitals"/>; all zero without a fleet): see
    /// <see cref="OoadFleet.Dispatch"/>.
    /// </summary>
    public (OoadState Next, ImmutableArray<(int Received, int MovedIn, int MovedOut)> Hospitals) DispatchVentilators(int delivered, VentilatorSettings? settings)
    {
        if (Fleet is not { } fleet || settings is null)
        {
            return (this, [.. Hospitals.Select(_ => (0, 0, 0))]);
        }

        var (next, hospitals) = fleet.Dispatch(delivered, settings);
        return (this with { Fleet = next }, hospitals);
    }

    /// <summary>The reports with the units in transit to each hospital (unchanged without a fleet).</summary>
    public ImmutableArray<HospitalDayReport> AnnotateVentilators(IEnumerable<HospitalDayReport> reports) =>
        Fleet is { } fleet ? fleet.Annotate(reports) : [.. reports];

    /// <summary>
    /// Today's arrivals routed to each hospital (same order as <see cref="Hospitals"/>). Beds that patients transferred in
    /// today will take (<paramref name="transfersIn"/>, same order; default none) are not free for them.
    /// </summary>
    public ImmutableArray<LevelCounts> RouteArrivals(DemandCurve demand, int day, long seed, IReadOnlyList<LevelCounts>? transfersIn = null)
    {
        var hospitals = Hospitals;
        if (transfersIn is not null && transfersIn.Any(t => t.Total > 0))
        {
            hospitals = [.. Hospitals.Select((h, i) => h with { Census = h.Census + transfersIn[i] })];
        }

        return AdmissionRouting.Route(demand.Draw(day, seed), hospitals);
    }

    /// <summary>Updates beds, census, phase, role and turned-away patients from the hospitals' reports.</summary>
    public OoadState Observe(IEnumerable<HospitalDayReport> reports)
    {
        var list = ReportOrder.AsList(reports);
        var positions = ReportOrder.Positions(list, Hospitals, static h => h.HospitalId);
        var hospitals = Hospitals.ToArray();
        for (var k = 0; k < list.Count; k++)
        {
            if (positions[k] is var i and >= 0)
            {
                hospitals[i] = Observed(hospitals[i], list[k]);
            }
        }

        return this with { Hospitals = ImmutableCollectionsMarshal.AsImmutableArray(hospitals), Fleet = Fleet?.Observe(list) };
    }

    // A hospital whose figures did not change keeps its snapshot (most hospitals are quiet most days).
    private static HospitalSnapshot Observed(HospitalSnapshot h, HospitalDayReport r) =>
        h.Beds == r.Beds && h.Census == r.Census && h.Phase == r.Phase && h.Role == r.Role && h.TurnedAway == r.TurnedAway
            ? h
            : h with { Beds = r.Beds, Census = r.Census, Phase = r.Phase, Role = r.Role, TurnedAway = r.TurnedAway };

    /// <summary>
    /// Asks the policy for today's reconversion decision (after <see cref="Observe"/>) and turns it into orders to the
    /// OOAD's hospitals; with <paramref name="teamsAvailable"/>, conversions its ERC teams on duty (less infection absence
    /// on today's census, <see cref="StaffOnDuty"/>; rules from <see cref="IReconversionPolicy.Staffing"/>) cannot staff
    /// are reduced or held (<see cref="StaffConstraint"/>), each with a <see cref="EventKind.StaffLimited"/> event; then,
    /// with <see cref="Equipment"/>, ICU beds its equipment cannot equip are converted as ward beds
    /// (<see cref="EquipmentConstraint"/>, <see cref="EventKind.EquipmentLimited"/>).
    /// </summary>
    /// <param name="policy">The OOAD's reconversion policy.</param>
    /// <param name="day">Today.</param>
    /// <param name="date">Today's date.</param>
    /// <param name="teamsAvailable">ERC teams the OOAD has today; null = no staff limit.</param>
    public (OoadState Next, ImmutableArray<ReconversionOrder> Orders, ImmutableArray<SimEvent> Events) Reconvert(
        IReconversionPolicy policy, int day, DateOnly date, double? teamsAvailable = null)
    {
        var view = new ReconversionView(Ooad.Code, day, date, Hospitals, Memory);
        var decision = policy.Decide(view);
        var events = ImmutableArray<SimEvent>.Empty;
        // Without orders there is nothing the staff could hold back (StaffConstraint), so the teams on duty are not counted.
        if (teamsAvailable is { } teams && !decision.Changes.IsEmpty)
        {
            var staffing = policy.Staffing ?? StaffingSettings.Disabled;
            var onDuty = StaffOnDuty.Teams(staffing, teams, StaffOnDuty.Census(Hospitals.Select(h => (h.Type, h.Census))));
            (decision, events) = StaffConstraint.Limit(view, decision, onDuty, staffing.Rounding);
        }

        // Planned beds untouched today: no ICU bed rises, so the equipment is not counted (EquipmentConstraint).
        if (Equipment is { } equipment && !ReferenceEquals(decision.Memory.Planned, Memory.Planned))
        {
            // With the fleet on, the ventilators the limit counts are the fleet's (one truth, docs/scenarios.md#equipment).
            var units = Fleet is { } fleet ? equipment.On(date) with { Ventilators = fleet.Units } : equipment.On(date);
            var (equipped, limited) = EquipmentConstraint.Limit(view, decision, units, equipment.PerIcuBed);
            (decision, events) = (equipped, events.AddRange(limited));
        }

        var seq = NextSeq;
        var orders = decision.Changes
            .Select(c => new ReconversionOrder(Ooad.Code, c.HospitalId, c.Beds, c.Phase, c.Role, day, c.DueDay, seq++))
            .ToImmutableArray();
        return (this with { Memory = decision.Memory, NextSeq = seq }, orders, events);
    }
}
