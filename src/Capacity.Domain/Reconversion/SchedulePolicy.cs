using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;

namespace Capacity.Domain.Reconversion;

/// <summary>
/// The <c>schedule</c> policy for one OOAD: sends each planned change lead days before its date, and reverts the
/// OOAD's reconverted hospitals to their pre-Phase-III floor while its COVID occupancy stays low (the regional
/// semáforo turning yellow, seed 003 L2593-2595, L2118-2122), re-applying the plan when occupancy climbs again.
/// </summary>
/// <remarks>
/// <see cref="ReconversionMemory.Planned"/> holds the plan's state of each hospital after every change issued so far
/// (also while reverted); a change counts as issued once the hospital's planned state has reached it. Changes dated
/// on or before the start are applied by the engine at opening and are never sent.
/// </remarks>
public sealed class SchedulePolicy : IReconversionPolicy
{
    private readonly Dictionary<string, ImmutableArray<Entry>> _plan;
    private readonly Dictionary<string, LevelCounts> _floor;
    private readonly int _leadDays;
    private readonly Reversion? _reversion;

    /// <param name="planOfThisOoad">The OOAD's share of <see cref="SchedulePlan.Build"/>.</param>
    /// <param name="start">Date of day 0.</param>
    /// <param name="leadDays">Days from a decision to the beds being ready (≥ 1).</param>
    /// <param name="reversion">The regional signal; null = never revert.</param>
    /// <param name="floorOfThisOoad">The OOAD's share of <see cref="SchedulePlan.Floor"/>.</param>
    public SchedulePolicy(
        ImmutableArray<PlannedChange> planOfThisOoad,
        DateOnly start,
        int leadDays,
        Reversion? reversion,
        ImmutableArray<PlannedChange> floorOfThisOoad)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(leadDays, 1);
        if (reversion is not null)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(reversion.Days, 1, nameof(reversion));
        }

        _leadDays = leadDays;
        _reversion = reversion;
        _plan = planOfThisOoad
            .GroupBy(c => c.HospitalId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(c => c.Date)
                    .Select(c => new Entry(c.Date.DayNumber - start.DayNumber, new PlannedBeds(c.Beds, c.Phase, c.Role)))
                    .ToImmutableArray(),
                StringComparer.Ordinal);
        _floor = floorOfThisOoad
            .GroupBy(c => c.HospitalId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Date).Last().Beds, StringComparer.Ordinal);
    }

    private enum Transition
    {
        None,
        Revert,
        Reactivate,
    }

    /// <inheritdoc />
    public ReconversionDecision Decide(ReconversionView view)
    {
        var memory = view.Memory;
        var planned = memory.Planned.ToBuilder();
        foreach (var h in view.Hospitals)
        {
            if (!planned.ContainsKey(h.HospitalId) && OpeningState(h.HospitalId) is { } opening)
            {
                planned[h.HospitalId] = opening;
            }
        }

        var (daysBelow, daysAbove, reverted) = (memory.DaysBelow, memory.DaysAbove, memory.Reverted);
        var transition = Transition.None;
        if (_reversion is { } signal && view.Date >= signal.NotBefore)
        {
            var occupancy = CovidOccupancy.Of(view.Hospitals);
            daysBelow = occupancy < signal.OccupancyBelow ? daysBelow + 1 : 0;
            daysAbove = occupancy > signal.ReactivateAbove ? daysAbove + 1 : 0;
            if (!reverted && daysBelow >= signal.Days)
            {
                transition = Transition.Revert;
            }
            else if (reverted && daysAbove >= signal.Days)
            {
                transition = Transition.Reactivate;
            }

            if (transition != Transition.None)
            {
                reverted = !reverted;
                (daysBelow, daysAbove) = (0, 0);
            }
        }

        // While reverted, and on the day of reactivation (which sends the latest planned state anyway), changes to
        // permanent hospitals only move the planned state; temporary units follow their own dates.
        var holdPermanent = reverted || transition == Transition.Reactivate;
        var changes = new List<PlannedReconversion>();
        foreach (var h in view.Hospitals)
        {
            IssueDueEntries(h, view.Day, planned, holdPermanent && IsPermanent(h), changes);
        }

        if (transition == Transition.Revert)
        {
            RevertToFloor(view, planned, changes);
        }
        else if (transition == Transition.Reactivate)
        {
            Reactivate(view, planned, changes);
        }

        var next = new ReconversionMemory(planned.ToImmutable(), daysAbove, daysBelow, reverted, memory.Blocks);
        return new ReconversionDecision(
            next,
            [.. changes.OrderBy(c => c.DueDay).ThenBy(c => c.HospitalId, StringComparer.Ordinal)]);
    }

    private static bool IsPermanent(HospitalSnapshot h) => h.Type != HospitalType.TemporaryUnit;

    /// <summary>
    /// A hybrid, COVID-exclusive or reference hospital put there by the plan (phase None = COVID beds the
    /// <c>capacity:</c> section gave it on day 0, which the plan does not own).
    /// </summary>
    private static bool IsReconverted(PlannedBeds state) =>
        state.Phase != ReconversionPhase.None
        && state.Role is HospitalRole.Hybrid or HospitalRole.CovidExclusive or HospitalRole.Reference;

    private static PlannedReconversion Order(string hospitalId, int dueDay, PlannedBeds state) =>
        new(hospitalId, dueDay, state.Beds, state.Phase, state.Role);

    /// <summary>The state the engine applied at opening: the last change dated on or before day 0.</summary>
    private PlannedBeds? OpeningState(string hospitalId)
    {
        if (!_plan.TryGetValue(hospitalId, out var entries))
        {
            return null;
        }

        PlannedBeds? state = null;
        foreach (var e in entries.TakeWhile(e => e.DayIndex <= 0))
        {
            state = e.State;
        }

        return state;
    }

    /// <summary>
    /// Issues the hospital's changes that are now within lead days and not issued yet. The issued changes are a
    /// prefix of the date-ordered plan; its end is the latest issuable change whose state the hospital's planned
    /// state equals (on or before day 0: applied at opening).
    /// </summary>
    private void IssueDueEntries(
        HospitalSnapshot h,
        int day,
        ImmutableSortedDictionary<string, PlannedBeds>.Builder planned,
        bool hold,
        List<PlannedReconversion> changes)
    {
        if (!_plan.TryGetValue(h.HospitalId, out var entries))
        {
            return;
        }

        // Plain loops: this runs for every planned hospital every day.
        var issuable = 0;
        while (issuable < entries.Length && (entries[issuable].DayIndex <= 0 || entries[issuable].DayIndex - _leadDays <= day))
        {
            issuable++;
        }

        var issued = 0;
        while (issued < entries.Length && entries[issued].DayIndex <= 0)
        {
            issued++;
        }

        if (planned.TryGetValue(h.HospitalId, out var current))
        {
            for (var k = issuable - 1; k >= issued; k--)
            {
                if (entries[k].State == current)
                {
                    issued = k + 1;
                    break;
                }
            }
        }

        for (var k = issued; k < issuable; k++)
        {
            var entry = entries[k];
            planned[h.HospitalId] = entry.State;
            if (hold)
            {
                continue;
            }

            // Decided at the end of today, so tomorrow at the earliest.
            var order = Order(h.HospitalId, Math.Max(entry.DayIndex, day + 1), entry.State);
            if (changes.Count > 0 && changes[^1].HospitalId == h.HospitalId && changes[^1].DueDay == order.DueDay)
            {
                // Two overdue changes would land on the same day: only the later one matters.
                changes[^1] = order;
            }
            else
            {
                changes.Add(order);
            }
        }
    }

    /// <summary>
    /// Hybrid, COVID-exclusive and reference hospitals keep only their floor beds (never more than planned).
    /// </summary>
    private void RevertToFloor(ReconversionView view, ImmutableSortedDictionary<string, PlannedBeds>.Builder planned, List<PlannedReconversion> changes)
    {
        foreach (var h in view.Hospitals)
        {
            if (!IsPermanent(h) || !planned.TryGetValue(h.HospitalId, out var state) || !IsReconverted(state))
            {
                continue;
            }

            var floor = _floor.GetValueOrDefault(h.HospitalId);
            var beds = new LevelCounts(Math.Min(floor.Ward, state.Beds.Ward), Math.Min(floor.Icu, state.Beds.Icu));
            var role = beds.Total > 0 ? HospitalRole.Hybrid : HospitalRole.NonCovid;
            changes.Add(Order(h.HospitalId, view.Day + _leadDays, new PlannedBeds(beds, ReconversionPhase.Reverted, role)));
        }
    }

    /// <summary>
    /// Re-applies the plan to every permanent hospital the reversion may have touched or whose plan moved on
    /// while reverted.
    /// </summary>
    private void Reactivate(ReconversionView view, ImmutableSortedDictionary<string, PlannedBeds>.Builder planned, List<PlannedReconversion> changes)
    {
        foreach (var h in view.Hospitals)
        {
            if (!IsPermanent(h) || !planned.TryGetValue(h.HospitalId, out var state) || state.Phase == ReconversionPhase.None)
            {
                continue;
            }

            var reported = new PlannedBeds(h.Beds, h.Phase, h.Role);
            if (IsReconverted(state) || reported != state)
            {
                changes.Add(Order(h.HospitalId, view.Day + _leadDays, state));
            }
        }
    }

    /// <summary>One planned change: the day it is due (days after day 0) and the state it sets.</summary>
    private readonly record struct Entry(int DayIndex, PlannedBeds State);
}
