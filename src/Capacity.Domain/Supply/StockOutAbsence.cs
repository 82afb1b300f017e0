using System.Collections.Immutable;
using Orleans;
using Capacity.Domain.Care;

namespace Capacity.Domain.Supply;

/// <summary>
/// Stock-outs hurt care: staff who work without protection fall ill or isolate. On a day an OOAD's hospitals meet
/// only part of their demand for <paramref name="Items"/>, <paramref name="AbsencePerShortfallShare"/> × the unmet
/// share of that demand (Σ shortfall ÷ Σ demand over the items and the OOAD's hospitals) of its ERC pool share is
/// absent that evening, before infection absence (<see cref="Staffing.StaffOnDuty.Teams"/>); at most
/// <see cref="MaxAbsentShare"/>. Effect 0 by default: the seeds report no staff infections from EPP shortages.
/// </summary>
[GenerateSerializer, Immutable, Alias("capacity.StockOutAbsence")]
public sealed record StockOutAbsence(ImmutableArray<SupplyItem> Items, double AbsencePerShortfallShare)
{
    /// <summary>The most of an OOAD's teams a stock-out can send home (as for staff-absence shocks).</summary>
    public const double MaxAbsentShare = 0.95;

    /// <summary>N95 respirators, no effect.</summary>
    public static StockOutAbsence None { get; } = new([SupplyItem.N95Respirator], 0);

    /// <summary>Equal when the items (in order) and the effect are.</summary>
    public bool Equals(StockOutAbsence? other) =>
        other is not null && Items.SequenceEqual(other.Items) && AbsencePerShortfallShare.Equals(other.AbsencePerShortfallShare);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Items.Length, AbsencePerShortfallShare);

    /// <summary>The share of the OOAD's teams absent after its hospitals' day (0 without demand or effect).</summary>
    public double AbsentShare(IEnumerable<HospitalDayReport> ooadReports)
    {
        if (AbsencePerShortfallShare <= 0 || Items.IsDefaultOrEmpty)
        {
            return 0;
        }

        long demand = 0, shortfall = 0;
        foreach (var report in ooadReports)
        {
            foreach (var item in Items)
            {
                demand += report.Stock[(int)item].Demand;
                shortfall += report.Stock[(int)item].Shortfall;
            }
        }

        return demand <= 0 ? 0 : Math.Min(MaxAbsentShare, AbsencePerShortfallShare * shortfall / demand);
    }

    /// <summary>The OOAD's pool share less the absent share; unchanged (same value) when nothing is absent or there is no limit.</summary>
    public static double? Teams(StockOutAbsence? settings, double? teams, IEnumerable<HospitalDayReport> ooadReports)
    {
        if (settings is null || teams is not { } share)
        {
            return teams;
        }

        var absent = settings.AbsentShare(ooadReports);
        return absent > 0 ? share * (1 - absent) : share;
    }
}
