namespace Capacity.Domain.Ventilators;

/// <summary>How the national ventilator deliveries of a day reach the OOADs (YAML <c>ventilators.allocation</c>).</summary>
public enum VentilatorAllocationKind
{
    /// <summary>
    /// <c>proportional-to-icu-beds</c>: each OOAD receives its share of every batch exactly as
    /// <see cref="Equipment.EquipmentPlan"/> apportions it (by the ICU COVID beds planned for its hospitals), on the batch's
    /// schedule, so the fleet matches the <c>ventilators</c> inventory of <c>daily_ooad</c>.
    /// </summary>
    ProportionalToIcuBeds = 0,

    /// <summary>
    /// <c>need-based</c>: each day's national arrivals go to the OOADs by largest remainder in proportion to their
    /// projected shortfall: the ventilated share of the OOAD's expected ICU census in <see cref="VentilatorSettings.ForecastDays"/>
    /// days (<see cref="Reconversion.CensusForecast"/>) less the ventilators it holds; no shortfall anywhere = by planned ICU beds.
    /// </summary>
    NeedBased = 1,

    /// <summary>
    /// <c>central-reserve</c>: <see cref="VentilatorSettings.ReserveShare"/> of the national arrivals is held back
    /// nationally; the rest is shared by planned ICU beds; the reserve is released, largest gap first, to OOADs whose
    /// ventilated patients (plus yesterday's patients refused for lack of a ventilator) exceed the ventilators in service.
    /// </summary>
    CentralReserve = 2,
}
