namespace Capacity.Domain.Supply;

/// <summary>
/// Consumable personal protective equipment (EPP) items of Table I.1/I.2 (seed 003 L2245-2274, L2353-2375).
/// The order here is the column order of every output file. Append only.
/// </summary>
public enum SupplyItem
{
    /// <summary>Cubrebocas quirúrgico.</summary>
    SurgicalMask = 0,

    /// <summary>Protector respiratorio KN95, N95 or N99.</summary>
    N95Respirator = 1,

    /// <summary>Guantes, in pairs.</summary>
    GlovePair = 2,

    /// <summary>Batas/overoles.</summary>
    Gown = 3,

    /// <summary>Goggles (protección ocular).</summary>
    Goggles = 4,

    /// <summary>Caretas (protección facial).</summary>
    FaceShield = 5,
}
