using System.Collections.Immutable;
using Capacity.Domain.Demand;

namespace Capacity.Domain.Reconversion;

/// <summary>
/// An OOAD's COVID occupancy as its reconversion policies read it: COVID patients in care over COVID beds, summed
/// over its hospitals (ward + ICU).
/// </summary>
public static class CovidOccupancy
{
    /// <summary>Σ census ÷ Σ COVID beds; 0 when the OOAD has no COVID beds.</summary>
    public static double Of(ImmutableArray<HospitalSnapshot> hospitals)
    {
        long census = 0;
        long beds = 0;
        foreach (var h in hospitals)
        {
            census += h.Census.Total;
            beds += h.Beds.Total;
        }

        return beds == 0 ? 0 : (double)census / beds;
    }

    /// <summary>
    /// As <see cref="Of"/>, except that an OOAD with no COVID beds counts as full (1) on a day it turned patients
    /// away: demand it cannot serve at all must still be able to trigger a conversion.
    /// </summary>
    public static double CountingTurnedAway(ImmutableArray<HospitalSnapshot> hospitals)
    {
        if (hospitals.Any(h => h.Beds.Total > 0))
        {
            return Of(hospitals);
        }

        return hospitals.Any(h => h.TurnedAway.Total > 0) ? 1 : 0;
    }
}
