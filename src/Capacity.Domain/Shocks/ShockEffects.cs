using System.Collections.Immutable;

namespace Capacity.Domain.Shocks;

/// <summary>What the active shocks do on a date: pure, so every engine and the result tables agree.</summary>
public static class ShockEffects
{
    /// <summary>The most of the pool that shocks can send home: a whole pool absent would stop every conversion for
    /// reasons the model does not represent.</summary>
    public const double MaxAbsenceShare = 0.95;

    /// <summary>Product of the multipliers of the demand surges active on a date for an OOAD (1 without any).</summary>
    public static double DemandFactor(ImmutableArray<Shock> shocks, string ooadCode, DateOnly date)
    {
        var factor = 1.0;
        foreach (var shock in shocks.IsDefault ? [] : shocks)
        {
            if (shock.Kind == ShockKind.DemandSurge && shock.ActiveOn(date) && (shock.Ooad is null || shock.Ooad == ooadCode))
            {
                factor *= shock.Value;
            }
        }

        return factor;
    }

    /// <summary>The absence share on a date: the base share plus every active staff-absence shock, at most
    /// <see cref="MaxAbsenceShare"/> (never below the base).</summary>
    public static double AbsenceShare(ImmutableArray<Shock> shocks, double baseShare, DateOnly date)
    {
        var extra = (shocks.IsDefault ? [] : shocks).Where(s => s.Kind == ShockKind.StaffAbsence && s.ActiveOn(date)).Sum(s => s.Value);
        return extra <= 0 ? baseShare : Math.Max(baseShare, Math.Min(MaxAbsenceShare, baseShare + extra));
    }
}
