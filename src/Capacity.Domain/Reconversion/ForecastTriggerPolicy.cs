using Capacity.Domain.Care;

namespace Capacity.Domain.Reconversion;

/// <summary>
/// The <c>forecast-trigger</c> policy for one OOAD: it converts ahead of the expected demand by the conversion lead
/// time, so the beds are ready when the patients arrive, where the occupancy trigger waits for full wards.
/// </summary>
/// <remarks>
/// At the end of each day <c>d</c>, with <c>L</c> lead days, <see cref="CensusForecast"/> gives the expected COVID
/// census of each level for days <c>d + L … d + L + H</c> (<c>H</c> = <see cref="ForecastTrigger.HorizonDays"/>);
/// the beds needed on a day are <c>⌈census × (1 + margin)⌉</c> per level. Decisions compare these with the OOAD's
/// planned COVID beds (every order sent so far, due by <c>d + L</c> at the latest):
/// <list type="bullet">
/// <item>planned beds below the need of day <c>d + L</c> at either level: convert blocks of
/// <see cref="ForecastTrigger.BlockBeds"/> (as the occupancy trigger does: the eligible hospital with the most beds
/// still convertible) until that need is covered or nothing is left to convert, due on <c>d + L</c>;</item>
/// <item>otherwise, planned beds above the highest need of days <c>d + L … d + L + H</c> by more than one block in
/// total, and by the last block's beds at each level: revert that block (last in, first out), due on <c>d + L</c>.</item>
/// </list>
/// Unlike the occupancy trigger, it does not wait for earlier orders to take effect: the planned beds already count
/// them, and a rising wave needs new beds every day. Beds the <c>capacity:</c> section gave on day 0 are never reverted.
/// </remarks>
public sealed class ForecastTriggerPolicy : IReconversionPolicy
{
    private readonly ForecastTrigger _trigger;
    private readonly int _leadDays;
    private readonly double _icuShare;
    private readonly CensusForecast _forecast;

    /// <param name="trigger">Horizon, margin and block size.</param>
    /// <param name="leadDays">Days from a decision to the beds being ready (≥ 1).</param>
    /// <param name="icuShare">Share of each converted block that is ICU beds.</param>
    /// <param name="forecast">The OOAD's expected census.</param>
    public ForecastTriggerPolicy(ForecastTrigger trigger, int leadDays, double icuShare, CensusForecast forecast)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(leadDays, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(trigger.HorizonDays, nameof(trigger));
        ArgumentOutOfRangeException.ThrowIfLessThan(trigger.BlockBeds, 1, nameof(trigger));
        if (trigger.Margin < 0 || double.IsNaN(trigger.Margin))
        {
            throw new ArgumentOutOfRangeException(nameof(trigger), trigger.Margin, "The margin must be ≥ 0.");
        }

        if (icuShare is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(icuShare), icuShare, "The ICU share must lie in [0, 1].");
        }

        _trigger = trigger;
        _leadDays = leadDays;
        _icuShare = icuShare;
        _forecast = forecast;
    }

    /// <inheritdoc />
    public ReconversionDecision Decide(ReconversionView view)
    {
        var today = view.Hospitals.Aggregate(default(LevelCounts), (sum, h) => sum + h.Census);
        var census = _forecast.Ahead(today, view.Day, _leadDays + _trigger.HorizonDays);
        var atLead = Needed(census[_leadDays]);
        var horizon = default(LevelCounts);
        for (var k = _leadDays; k < census.Length; k++)
        {
            var need = Needed(census[k]);
            horizon = new LevelCounts(Math.Max(horizon.Ward, need.Ward), Math.Max(horizon.Icu, need.Icu));
        }

        var dueDay = view.Day + _leadDays;
        var planned = BlockReconversion.PlannedTotal(view, view.Memory);
        if (planned.Ward < atLead.Ward || planned.Icu < atLead.Icu)
        {
            return Convert(view, atLead, dueDay);
        }

        var excess = planned - horizon;
        if (!view.Memory.Blocks.IsEmpty && excess.Total > _trigger.BlockBeds
            && view.Memory.Blocks[^1].Beds is var last && last.Ward <= excess.Ward && last.Icu <= excess.Icu)
        {
            var (memory, change) = BlockReconversion.Revert(view, view.Memory, dueDay);
            return new ReconversionDecision(memory, [change]);
        }

        return new ReconversionDecision(view.Memory, []);
    }

    /// <summary>Beds needed for an expected census: ⌈census × (1 + margin)⌉ per level.</summary>
    private LevelCounts Needed((double Ward, double Icu) census) =>
        new(Beds(census.Ward), Beds(census.Icu));

    private int Beds(double census) => (int)Math.Min(int.MaxValue, Math.Ceiling(census * (1 + _trigger.Margin)));

    /// <summary>
    /// Blocks until the need is covered at both levels, stopping early when nothing is left to convert or a block
    /// would add no bed at a level still short; one order per hospital (its final state).
    /// </summary>
    private ReconversionDecision Convert(ReconversionView view, LevelCounts need, int dueDay)
    {
        var memory = view.Memory;
        var changes = new SortedDictionary<string, PlannedReconversion>(StringComparer.Ordinal);
        var planned = BlockReconversion.PlannedTotal(view, memory);
        while (planned.Ward < need.Ward || planned.Icu < need.Icu)
        {
            if (BlockReconversion.Convert(view, memory, _trigger.BlockBeds, _icuShare, dueDay) is not { } converted)
            {
                break;
            }

            var added = converted.Memory.Blocks[^1].Beds;
            var helps = (planned.Ward < need.Ward && added.Ward > 0) || (planned.Icu < need.Icu && added.Icu > 0);
            if (!helps)
            {
                break;
            }

            memory = converted.Memory;
            changes[converted.Change.HospitalId] = converted.Change;
            planned += added;
        }

        return new ReconversionDecision(memory, [.. changes.Values]);
    }
}
