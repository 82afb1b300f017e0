namespace Capacity.Domain.Simulation;

/// <summary>Kinds of entries in <c>events.csv</c>. Append only.</summary>
public enum EventKind
{
    /// <summary>A hospital's COVID beds of one level became full.</summary>
    CapacityReached = 0,

    /// <summary>A full level dropped below 90% occupancy again.</summary>
    CapacityRelieved = 1,

    /// <summary>A node could not meet the day's demand for an item.</summary>
    StockOutStarted = 2,

    /// <summary>A node met the day's demand for an item again.</summary>
    StockOutEnded = 3,

    /// <summary>A hospital changed reconversion phase, role or COVID beds.</summary>
    Reconverted = 4,

    /// <summary>A temporary, expansion or convalescence unit opened.</summary>
    UnitOpened = 5,

    /// <summary>A temporary unit closed.</summary>
    UnitClosed = 6,

    /// <summary>An OOAD held or reduced a conversion for lack of ERC teams (subject: the hospital).</summary>
    StaffLimited = 7,

    /// <summary>An OOAD converted ICU beds as ward beds for lack of equipment (subject: the hospital).</summary>
    EquipmentLimited = 8,

    /// <summary>An OOAD's hospitals started transferring patients out in numbers (subject: <c>patients</c>).</summary>
    TransferWaveStarted = 9,

    /// <summary>An OOAD's transfer wave ended after its quiet days.</summary>
    TransferWaveEnded = 10,

    /// <summary>A hospital refused ICU patients for lack of a ventilator, or had ventilated patients without one.</summary>
    VentilatorShortageStarted = 11,

    /// <summary>A hospital's ventilator shortage ended (a day with no refusal and every ventilated patient on a unit).</summary>
    VentilatorShortageEnded = 12,

    /// <summary>A hospital could not meet the day's oxygen demand (subject: <c>oxygen</c>).</summary>
    OxygenStockOutStarted = 13,

    /// <summary>A hospital met its oxygen demand again.</summary>
    OxygenStockOutEnded = 14,

    /// <summary>A hospital's oxygen fell below its safety stock (once per episode).</summary>
    OxygenSafetyAlarm = 15,
}
