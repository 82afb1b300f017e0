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
        if (BlockReconversion.AnyPending(view))
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

    private ReconversionDecision? ConvertBlock(ReconversionView view, ReconversionMemory memory) =>
        BlockReconversion.Convert(view, memory, _trigger.BlockBeds, _icuShare, view.Day + _leadDays) is { } converted
            ? new ReconversionDecision(converted.Memory with { DaysAbove = 0 }, [converted.Change])
            : null;

    private ReconversionDecision RevertBlock(ReconversionView view, ReconversionMemory memory)
    {
        var (next, change) = BlockReconversion.Revert(view, memory, view.Day + _leadDays);
        return new ReconversionDecision(next with { DaysBelow = 0 }, [change]);
    }
}
