using Capacity.Domain.Ventilators;

namespace Capacity.Scenarios;

/// <summary>Defaults of the <c>ventilators:</c> section (docs/scenarios.md#ventilators).</summary>
public static class VentilatorDefaults
{
    /// <summary>No fleet unless a scenario enables it, so scenarios written before the fleet run as before.</summary>
    public const bool Enabled = false;

    /// <summary>
    /// One ventilator per ICU COVID bed open on day 0: the temporary-module bill of materials puts a "ventilador mecánico"
    /// at every place (seed 003 L2955-2973). ASSUMPTION: the seeds give no baseline fleet ("baseline stock unknown").
    /// </summary>
    public const double InitialPerIcuBed = 1;

    /// <summary>
    /// 87% of ICU admissions need invasive ventilation: 87.3% of 3,988 COVID-19 ICU patients in Lombardy received invasive
    /// mechanical ventilation (Grasselli et al. 2020, "Risk Factors Associated With Mortality Among Patients With COVID-19
    /// in Intensive Care Units in Lombardy, Italy", JAMA Internal Medicine 180(10):1345). Not in the seeds.
    /// </summary>
    public const double VentilatedShare = 0.87;

    /// <summary>
    /// A unit in service breaks down with probability 0.002 a day (one failure per 500 unit-days). ASSUMPTION: the seeds
    /// report 144 units sent for repair (003 L4421-4426), not the fleet they came from or over what time.
    /// </summary>
    public const double FailureRate = 0.002;

    /// <summary>
    /// A broken unit is back in service after 14 days. ASSUMPTION: of 144 units sent to the Instituto Tecnológico de
    /// Morelia and UNAM, 30 were repaired "a la fecha" (003 L4421-4426), so repair took weeks; the seeds give no duration.
    /// </summary>
    public const int RepairDays = 14;

    /// <summary>
    /// A ventilated patient left without a unit dies with probability 0.5 each day on top of the ICU's outcome.
    /// ASSUMPTION: a planning parameter (invasive ventilation cannot be interrupted for long; the seeds say nothing).
    /// </summary>
    public const double LossDeathRate = 0.5;

    /// <summary>Allocation as the equipment plan's (the seeds give only "variables epidemiológicas ... y demográficas", 003 L2846-2849).</summary>
    public const VentilatorAllocationKind Allocation = VentilatorAllocationKind.ProportionalToIcuBeds;

    /// <summary>The central reserve holds 10% of the national deliveries. ASSUMPTION (a planning lever, not in the seeds).</summary>
    public const double ReserveShare = 0.1;

    /// <summary>Need-based allocation looks 7 days ahead. ASSUMPTION (about a week of delivery and installation).</summary>
    public const int ForecastDays = 7;

    /// <summary>The fleet defaults (off).</summary>
    public static VentilatorSettings Settings { get; } = new(
        Enabled, InitialPerIcuBed, VentilatedShare, FailureRate, RepairDays, LossDeathRate, Allocation, ReserveShare, ForecastDays);
}
