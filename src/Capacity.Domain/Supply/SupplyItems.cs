using System.Collections.Immutable;

namespace Capacity.Domain.Supply;

/// <summary>Item codes as written in scenario files and output column names.</summary>
public static class SupplyItems
{
    /// <summary>Every item, in output order.</summary>
    public static ImmutableArray<SupplyItem> All { get; } = [.. Enum.GetValues<SupplyItem>()];

    /// <summary>The snake_case code of an item (<c>surgical_mask</c>, <c>n95</c>, ...).</summary>
    public static string Code(SupplyItem item) => item switch
    {
        SupplyItem.SurgicalMask => "surgical_mask",
        SupplyItem.N95Respirator => "n95",
        SupplyItem.GlovePair => "glove_pair",
        SupplyItem.Gown => "gown",
        SupplyItem.Goggles => "goggles",
        SupplyItem.FaceShield => "face_shield",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };

    /// <summary>The item for a code, or null when the code is unknown.</summary>
    public static SupplyItem? FromCode(string code) =>
        All.Cast<SupplyItem?>().FirstOrDefault(i => Code(i!.Value) == code);
}
