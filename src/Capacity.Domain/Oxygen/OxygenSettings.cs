using Orleans;

namespace Capacity.Domain.Oxygen;

/// <summary>
/// Medical oxygen (litres of gas): what patients breathe by care level, what each hospital stores, when it reorders, and
/// the regional plant of each OOAD that fills its hospitals' orders by truck (<see cref="OxygenCare"/>,
/// <see cref="OxygenPlant"/>). The seeds give no oxygen volumes (they report capacity diagnosed in the 184 reconverted
/// hospitals and the flow raised, seed 003 L4408-4415): rates come from WHO, storage and plants are ASSUMPTIONS.
/// </summary>
/// <param name="Enabled">Whether oxygen is modelled at all; false = no oxygen state, no draws, zero columns.</param>
/// <param name="WardLitresPerPatientDay">Gas a ward patient on oxygen uses per day (severe: 10 L/min × 1,440 min).</param>
/// <param name="IcuLitresPerPatientDay">Gas an ICU patient uses per day (critical: 30 L/min × 1,440 min).</param>
/// <param name="WardOnOxygenShare">Share of ward patients (beds and stretchers) on oxygen.</param>
/// <param name="TankDays">Bulk liquid tank, in days of the hospital's reference use (its reference COVID beds full).</param>
/// <param name="CylinderDays">Cylinder bank, in days of reference use (pooled with the tank; both full on day 0).</param>
/// <param name="SafetyDays">Safety stock: an alarm when on hand falls below this many days of today's demand.</param>
/// <param name="ReorderPointDays">The hospital orders when on hand + on order falls below this many days of reference use.</param>
/// <param name="MinDropDays">Smallest truck drop, in days of reference use (at most what the storage can take at the reorder point).</param>
/// <param name="LeadTimeDays">Days from the plant's dispatch to the delivery (≥ 1).</param>
/// <param name="PlantCapacityFactor">Each OOAD plant ships up to this × the Σ reference use of its hospitals per day.</param>
/// <param name="ExcessDeathRate">Extra daily death probability of a patient in care who gets no oxygen that day.</param>
[GenerateSerializer, Immutable, Alias("capacity.OxygenSettings")]
public sealed record OxygenSettings(
    bool Enabled,
    double WardLitresPerPatientDay,
    double IcuLitresPerPatientDay,
    double WardOnOxygenShare,
    double TankDays,
    double CylinderDays,
    double SafetyDays,
    double ReorderPointDays,
    double MinDropDays,
    int LeadTimeDays,
    double PlantCapacityFactor,
    double ExcessDeathRate)
{
    /// <summary>Gas one ward patient needs per day on average (rate × share on oxygen).</summary>
    public double WardPerPatient => WardLitresPerPatientDay * WardOnOxygenShare;

    /// <summary>Gas a hospital needs per day with its reference COVID beds full.</summary>
    public double ReferenceUse(Care.LevelCounts beds) => (beds.Ward * WardPerPatient) + (beds.Icu * IcuLitresPerPatientDay);
}
