using Orleans;

namespace Capacity.Domain.Equipment;

/// <summary>Whole units of each equipment item (an inventory or a requirement).</summary>
[GenerateSerializer, Immutable, Alias("capacity.EquipmentUnits")]
public sealed record EquipmentUnits(int Ventilators, int Monitors, int InfusionPumps, int OxygenOutlets, int CrashCarts)
{
    /// <summary>No units.</summary>
    public static EquipmentUnits None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Units of one item.</summary>
    public int For(EquipmentItem item) => item switch
    {
        EquipmentItem.Ventilator => Ventilators,
        EquipmentItem.Monitor => Monitors,
        EquipmentItem.InfusionPump => InfusionPumps,
        EquipmentItem.OxygenOutlet => OxygenOutlets,
        EquipmentItem.CrashCart => CrashCarts,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };

    /// <summary>Units from a function of the item.</summary>
    public static EquipmentUnits Of(Func<EquipmentItem, int> units) => new(
        units(EquipmentItem.Ventilator),
        units(EquipmentItem.Monitor),
        units(EquipmentItem.InfusionPump),
        units(EquipmentItem.OxygenOutlet),
        units(EquipmentItem.CrashCart));

    /// <summary>These units with <paramref name="added"/> more of one item (saturating at <see cref="int.MaxValue"/>).</summary>
    public EquipmentUnits Add(EquipmentItem item, long added) =>
        Of(i => i == item ? (int)Math.Clamp(For(i) + added, 0, int.MaxValue) : For(i));

    /// <summary>Item-wise sum.</summary>
    public static EquipmentUnits operator +(EquipmentUnits a, EquipmentUnits b) =>
        Of(i => (int)Math.Min(int.MaxValue, (long)a.For(i) + b.For(i)));
}
