using System.Collections.Immutable;
using Capacity.Domain.Shocks;

namespace Capacity.Domain.Oxygen;

/// <summary>What <see cref="ShockKind.OxygenPlantOutage"/> shocks do to a plant on a date.</summary>
public static class OxygenOutage
{
    /// <summary>Share of an OOAD plant's capacity lost on a date: Σ of the active outages' shares, at most 1.</summary>
    public static double LostShare(ImmutableArray<Shock> shocks, string ooadCode, DateOnly date)
    {
        var lost = 0.0;
        foreach (var shock in shocks.IsDefault ? [] : shocks)
        {
            if (shock.Kind == ShockKind.OxygenPlantOutage && shock.ActiveOn(date) && (shock.Ooad is null || shock.Ooad == ooadCode))
            {
                lost += shock.Value;
            }
        }

        return Math.Clamp(lost, 0, 1);
    }
}
