using Orleans;

namespace Capacity.Domain.Equipment;

/// <summary>
/// A non-negative rate per item: units needed per ICU COVID place (<see cref="EquipmentSettings.PerIcuBed"/>) or
/// spare units per census bed (<see cref="EquipmentSettings.SurplusPerCensusBed"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("capacity.EquipmentRates")]
public sealed record EquipmentRates(double Ventilator, double Monitor, double InfusionPump, double OxygenOutlet, double CrashCart)
{
    /// <summary>0 for every item.</summary>
    public static EquipmentRates Zero { get; } = new(0, 0, 0, 0, 0);

    /// <summary>The rate of one item.</summary>
    public double For(EquipmentItem item) => item switch
    {
        EquipmentItem.Ventilator => Ventilator,
        EquipmentItem.Monitor => Monitor,
        EquipmentItem.InfusionPump => InfusionPump,
        EquipmentItem.OxygenOutlet => OxygenOutlet,
        EquipmentItem.CrashCart => CrashCart,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };

    /// <summary>
    /// Whole units that <paramref name="places"/> need (or that <paramref name="places"/> census beds hold): ⌈places ×
    /// rate⌉, in decimal arithmetic so 0.1 × 30 is exactly 3.
    /// </summary>
    public int Units(EquipmentItem item, long places) =>
        (int)Math.Min(int.MaxValue, Math.Ceiling(places * ToDecimal(For(item))));

    /// <summary>Units needed for <paramref name="places"/> of every item.</summary>
    public EquipmentUnits UnitsFor(long places) => EquipmentUnits.Of(i => Units(i, places));

    /// <summary>
    /// The most places <paramref name="units"/> of the item can equip: ⌊units ÷ rate⌋ (the largest n with
    /// ⌈n × rate⌉ ≤ units); <see cref="int.MaxValue"/> for an item that is not required (rate 0).
    /// </summary>
    public int Places(EquipmentItem item, int units)
    {
        var rate = ToDecimal(For(item));
        return rate <= 0 ? int.MaxValue : (int)Math.Min(int.MaxValue, Math.Floor(Math.Max(0, units) / rate));
    }

    /// <summary>
    /// ICU places <paramref name="stock"/> can equip and the item that binds (the first in <see cref="EquipmentItem"/>
    /// order among those giving the fewest places; null when no item is required).
    /// </summary>
    public EquippedPlaces Equipped(EquipmentUnits stock)
    {
        var places = int.MaxValue;
        EquipmentItem? binding = null;
        foreach (var item in EquipmentItems.All)
        {
            var p = Places(item, stock.For(item));
            if (For(item) > 0 && p < places)
            {
                (places, binding) = (p, item);
            }
        }

        return new EquippedPlaces(places, binding);
    }

    private static decimal ToDecimal(double rate) => rate > 0 ? (decimal)rate : 0m;
}
