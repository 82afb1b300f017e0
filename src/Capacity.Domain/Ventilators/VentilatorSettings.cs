using Orleans;

namespace Capacity.Domain.Ventilators;

/// <summary>
/// The ventilator fleet as durable units per hospital that gate ventilated ICU care (YAML <c>ventilators:</c>). Units
/// arrive from the ventilator batches of <see cref="Equipment.EquipmentSettings.Deliveries"/> (one source of truth).
/// </summary>
/// <param name="Enabled">Whether the fleet exists; false = the model runs exactly as without it.</param>
/// <param name="InitialPerIcuBed">Units each hospital owns on day 0 per opening ICU COVID bed (rounded up per hospital).</param>
/// <param name="VentilatedShare">Share of ICU admissions that need invasive ventilation (and so a free ventilator).</param>
/// <param name="FailureRate">Daily probability that a unit in service breaks down.</param>
/// <param name="RepairDays">Days a broken unit stays in repair before it is back in service.</param>
/// <param name="LossDeathRate">Excess daily death risk of a ventilated patient left without a ventilator (breakdowns).</param>
/// <param name="Allocation">How national deliveries reach the OOADs.</param>
/// <param name="ReserveShare">Share of the national deliveries <see cref="VentilatorAllocationKind.CentralReserve"/> holds back.</param>
/// <param name="ForecastDays">How far ahead <see cref="VentilatorAllocationKind.NeedBased"/> projects ICU demand.</param>
[GenerateSerializer, Immutable, Alias("capacity.VentilatorSettings")]
public sealed record VentilatorSettings(
    bool Enabled,
    double InitialPerIcuBed,
    double VentilatedShare,
    double FailureRate,
    int RepairDays,
    double LossDeathRate,
    VentilatorAllocationKind Allocation,
    double ReserveShare,
    int ForecastDays)
{
    /// <summary>No fleet.</summary>
    public static VentilatorSettings Disabled { get; } =
        new(false, 1, 0, 0, 1, 0, VentilatorAllocationKind.ProportionalToIcuBeds, 0, 7);

    /// <summary>Units a hospital opening with <paramref name="icuBeds"/> ICU COVID beds owns: ⌈beds × rate⌉ (decimal arithmetic).</summary>
    public int InitialUnits(int icuBeds) =>
        InitialPerIcuBed <= 0 || icuBeds <= 0 ? 0 : (int)Math.Min(int.MaxValue, Math.Ceiling(icuBeds * (decimal)InitialPerIcuBed));
}
