using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;

namespace Capacity.Domain.Reconversion;

/// <summary>
/// The <c>occupancy-trigger</c> policy for one OOAD: after <see cref="OccupancyTrigger.Days"/> days in a row above
/// <see cref="OccupancyTrigger.Up"/>, convert one block of beds in the hospital with the most beds still
/// convertible; after as many days below <see cref="OccupancyTrigger.Down"/>, revert the last block converted. One
/// decision at a time: nothing is decided while an earlier one has not taken effect.
/// </summary>
public sealed class OccupancyTriggerPolicy : IReconversionPolicy
{
    private readonly OccupancyTrigger _trigger;
    private readonly int _leadDays;
    private readonly double _icuShare;

    /// <param name="trigger">Thresholds, days and block size.</param>
    /// <param name="leadDays">Days from a decision to the beds being ready (≥ 1).</param>
    /// <param name="icuShare">Share of each converted block that is ICU beds.</param>
    public OccupancyTriggerPolicy(OccupancyTrigger trigger, int leadDays, double icuShare)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(leadDays, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trigger.Days, 1, nameof(trigger));
        ArgumentOutOfRangeException.ThrowIfLessThan(trigger.BlockBeds, 1, nameof(trigger));
        if (icuShare is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(icuShare), icuShare, "The ICU share must lie in [0, 1].");
        }

        _trigger = trigger;
        _leadDays = leadDays;
        _icuShare = icuShare;
    }

    /// <inheritdoc />
    public ReconversionDecision Decide(ReconversionView view)
    {
        var occupancy = CovidOccupancy.CountingTurnedAway(view.Hospitals);
        var memory = view.Memory with
        {
            DaysAbove = occupancy > _trigger.Up ? view.Memory.DaysAbove + 1 : 0,
            DaysBelow = occupancy < _trigger.Down ? view.Memory.DaysBelow + 1 : 0,
        };
        if (AnyPending(view))
        {
            return new ReconversionDecision(memory, []);
        }

        if (memory.DaysAbove >= _trigger.Days && ConvertBlock(view, memory) is { } converted)
        {
            return converted;
        }

        if (memory.DaysBelow >= _trigger.Days && !memory.Blocks.IsEmpty)
        {
            return RevertBlock(view, memory);
        }

        return new ReconversionDecision(memory, []);
    }

    /// <summary>UMAE, second-level and IMSS-BIENESTAR hospitals can convert beds; temporary units are all-COVID already.</summary>
    private static bool IsEligible(HospitalSnapshot h) =>
        h.Type is HospitalType.Umae or HospitalType.SecondLevel or HospitalType.RuralBienestar;

    /// <summary>The planned state of a hospital: the last decision sent, else what it reports.</summary>
    private static PlannedBeds PlannedOf(HospitalSnapshot h, ReconversionMemory memory) =>
        memory.Planned.TryGetValue(h.HospitalId, out var planned) ? planned : new PlannedBeds(h.Beds, h.Phase, h.Role);

    /// <summary>A decision is pending while a hospital reports other beds than planned for it.</summary>
    private static bool AnyPending(ReconversionView view) =>
        view.Hospitals.Any(h => view.Memory.Planned.TryGetValue(h.HospitalId, out var planned) && planned.Beds != h.Beds);

    private ReconversionDecision? ConvertBlock(ReconversionView view, ReconversionMemory memory)
    {
        HospitalSnapshot? best = null;
        var bestRoom = 0;
        foreach (var h in view.Hospitals.Where(IsEligible))
        {
            var room = h.CensusBeds - PlannedOf(h, memory).Beds.Total;
            if (room > bestRoom || (room == bestRoom && best is not null && string.CompareOrdinal(h.HospitalId, best.HospitalId) < 0))
            {
                (best, bestRoom) = (h, room);
            }
        }

        if (best is null)
        {
            // Every eligible hospital is converted to its census beds: nothing left to convert.
            return null;
        }

        var size = Math.Min(_trigger.BlockBeds, bestRoom);
        var block = SchedulePlan.Split(size, _icuShare);
        var current = PlannedOf(best, memory);

        // A hospital whose census beds are all COVID beds is a Hospital COVID (seed 003 L159-169).
        var role = bestRoom == size ? HospitalRole.CovidExclusive : HospitalRole.Hybrid;
        var state = new PlannedBeds(current.Beds + block, ReconversionPhase.PhaseIII, role);
        var next = memory with
        {
            Planned = memory.Planned.SetItem(best.HospitalId, state),
            Blocks = memory.Blocks.Add(new ConvertedBlock(best.HospitalId, block)),
            DaysAbove = 0,
        };
        return new ReconversionDecision(next, [Order(best.HospitalId, view.Day + _leadDays, state)]);
    }

    private ReconversionDecision RevertBlock(ReconversionView view, ReconversionMemory memory)
    {
        var block = memory.Blocks[^1];
        var hospital = view.Hospitals.FirstOrDefault(h => h.HospitalId == block.HospitalId)
            ?? throw new InvalidOperationException($"OOAD '{view.OoadCode}' converted a block in '{block.HospitalId}', which it does not report.");
        var current = PlannedOf(hospital, memory);
        var left = current.Beds - block.Beds;
        var beds = new LevelCounts(Math.Max(0, left.Ward), Math.Max(0, left.Icu));
        var role = beds.Total == 0 ? HospitalRole.NonCovid
            : current.Role == HospitalRole.CovidExclusive ? HospitalRole.Hybrid
            : current.Role;
        var state = new PlannedBeds(beds, ReconversionPhase.Reverted, role);
        var next = memory with
        {
            Planned = memory.Planned.SetItem(block.HospitalId, state),
            Blocks = memory.Blocks.RemoveAt(memory.Blocks.Length - 1),
            DaysBelow = 0,
        };
        return new ReconversionDecision(next, [Order(block.HospitalId, view.Day + _leadDays, state)]);
    }

    private static PlannedReconversion Order(string hospitalId, int dueDay, PlannedBeds state) =>
        new(hospitalId, dueDay, state.Beds, state.Phase, state.Role);
}
