using Orleans;

namespace Capacity.Domain.Oxygen;

/// <summary>A hospital's oxygen between days (bulk tank and cylinders pooled, litres of gas); a struct, as it changes every day (issue 9).</summary>
/// <param name="Capacity">Litres the tank and cylinders hold together.</param>
/// <param name="ReferenceUse">Litres per day with its reference COVID beds full: the yardstick of capacity and reorders.</param>
/// <param name="OnHand">Litres in store.</param>
/// <param name="OnOrder">Litres ordered from the OOAD's plant and not yet delivered (owed or on a truck).</param>
/// <param name="Carry">Fractional demand not yet rounded into a whole litre.</param>
/// <param name="Short">Whether the last day ended with unmet demand (for stock-out events).</param>
/// <param name="Alarm">Whether the hospital is in a safety-stock episode (for the alarm event).</param>
[GenerateSerializer, Immutable, Alias("capacity.OxygenTank")]
public readonly record struct OxygenTank(long Capacity, double ReferenceUse, long OnHand, long OnOrder, double Carry, bool Short, bool Alarm)
{
    /// <summary>A full tank sized on the hospital's reference COVID beds.</summary>
    public static OxygenTank Open(OxygenSettings settings, Care.LevelCounts referenceBeds)
    {
        var use = settings.ReferenceUse(referenceBeds);
        var capacity = (long)Math.Floor((use * (settings.TankDays + settings.CylinderDays)) + 1e-9);
        return new OxygenTank(capacity, use, capacity, 0, 0, false, false);
    }
}
