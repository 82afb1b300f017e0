namespace Capacity.Domain.Equipment;

/// <summary>
/// Equipment every ICU COVID place needs (temporary-module standard, seed 003 L2955-2973). The order is the column
/// order of the outputs and the tie-break when two items bind equally.
/// </summary>
public enum EquipmentItem
{
    /// <summary>Mechanical ventilator ("ventilador mecánico", one per place).</summary>
    Ventilator = 0,

    /// <summary>Vital-signs monitor ("monitor de signos vitales", one per place).</summary>
    Monitor = 1,

    /// <summary>Infusion pump ("bomba de infusión", one per place).</summary>
    InfusionPump = 2,

    /// <summary>Oxygen outlet ("toma de oxígeno", one per place).</summary>
    OxygenOutlet = 3,

    /// <summary>Crash cart ("carro rojo", one per 10 places).</summary>
    CrashCart = 4,
}
