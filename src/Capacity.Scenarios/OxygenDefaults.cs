using Capacity.Domain.Oxygen;

namespace Capacity.Scenarios;

/// <summary>
/// Defaults of the <c>oxygen:</c> section (docs/scenarios.md#oxygen). The seeds give no oxygen volumes, tank sizes or
/// plant capacities (they say the oxygen capacity of the 184 reconverted hospitals was diagnosed and its flow raised,
/// seed 003 L4408-4415, and that every temporary-unit place has an oxygen outlet, L2966-2967): consumption rates come from
/// WHO's interim guidance "Oxygen sources and distribution for COVID-19 treatment centres" (4 April 2020); storage,
/// reorder, truck and plant figures are ASSUMPTIONS.
/// </summary>
public static class OxygenDefaults
{
    /// <summary>Off unless a scenario turns it on; the 2020 replay turns it on (the defaults never bind there, docs/validation.md).</summary>
    public const bool Enabled = false;

    /// <summary>A severe patient on oxygen: 10 L/min on average (WHO, Oxygen sources and distribution, 2020) × 1,440 min = 14,400 L/day.</summary>
    public const double WardLitresPerPatientDay = 14_400;

    /// <summary>A critical patient: 30 L/min on average (WHO, Oxygen sources and distribution, 2020) × 1,440 min = 43,200 L/day.</summary>
    public const double IcuLitresPerPatientDay = 43_200;

    /// <summary>
    /// ASSUMPTION: every COVID ward patient is on oxygen (WHO classes hospitalised COVID-19 with SpO2 &lt; 90% as severe and
    /// gives it oxygen; the seeds give no share), a deliberately high demand.
    /// </summary>
    public const double WardOnOxygenShare = 1;

    /// <summary>ASSUMPTION: the bulk liquid tank holds 3 days of reference use (1 L of liquid O2 ≈ 861 L of gas at 15 °C, 1 atm).</summary>
    public const double TankDays = 3;

    /// <summary>ASSUMPTION: a cylinder bank of 1 day of reference use as reserve (pooled with the tank).</summary>
    public const double CylinderDays = 1;

    /// <summary>ASSUMPTION: the safety alarm rings below 1 day of today's demand.</summary>
    public const double SafetyDays = 1;

    /// <summary>ASSUMPTION: the hospital calls the truck when on hand + on order is below 2 days of reference use.</summary>
    public const double ReorderPointDays = 2;

    /// <summary>ASSUMPTION: a truck drops at least 1 day of reference use.</summary>
    public const double MinDropDays = 1;

    /// <summary>ASSUMPTION: the truck arrives the day after the plant dispatches (regional plants, short hauls).</summary>
    public const int LeadTimeDays = 1;

    /// <summary>ASSUMPTION: each OOAD's plant ships up to 1.5 × the reference use of its hospitals per day.</summary>
    public const double PlantCapacityFactor = 1.5;

    /// <summary>
    /// ASSUMPTION: a patient in care without oxygen for a day dies with probability 0.3 on top of the level's death rate
    /// (no seed or public figure; hypoxaemic patients without oxygen deteriorate within hours).
    /// </summary>
    public const double ExcessDeathRate = 0.3;

    /// <summary>The oxygen defaults (off).</summary>
    public static OxygenSettings Settings { get; } = new(
        Enabled,
        WardLitresPerPatientDay,
        IcuLitresPerPatientDay,
        WardOnOxygenShare,
        TankDays,
        CylinderDays,
        SafetyDays,
        ReorderPointDays,
        MinDropDays,
        LeadTimeDays,
        PlantCapacityFactor,
        ExcessDeathRate);
}
