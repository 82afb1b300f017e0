using System.Collections.Immutable;

namespace Capacity.Domain.Equipment;

/// <summary>The equipment items in output order and their codes (YAML keys, column suffixes, event details).</summary>
public static class EquipmentItems
{
    /// <summary>Every item, in enum order.</summary>
    public static ImmutableArray<EquipmentItem> All { get; } = [.. Enum.GetValues<EquipmentItem>()];

    /// <summary>The snake-case code of an item, e.g. <c>crash_cart</c>.</summary>
    public static string Code(EquipmentItem item) => item switch
    {
        EquipmentItem.Ventilator => "ventilator",
        EquipmentItem.Monitor => "monitor",
        EquipmentItem.InfusionPump => "infusion_pump",
        EquipmentItem.OxygenOutlet => "oxygen_outlet",
        EquipmentItem.CrashCart => "crash_cart",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };

    /// <summary>The YAML key of an item (camel case), e.g. <c>crashCart</c>.</summary>
    public static string Key(EquipmentItem item) => item switch
    {
        EquipmentItem.Ventilator => "ventilator",
        EquipmentItem.Monitor => "monitor",
        EquipmentItem.InfusionPump => "infusionPump",
        EquipmentItem.OxygenOutlet => "oxygenOutlet",
        EquipmentItem.CrashCart => "crashCart",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };

    /// <summary>The item with this YAML key, or null.</summary>
    public static EquipmentItem? FromKey(string key) =>
        All.Where(i => string.Equals(Key(i), key, StringComparison.Ordinal)).Select(i => (EquipmentItem?)i).FirstOrDefault();
}
