namespace Capacity.Domain.Supply;

/// <summary>The tier of a node that orders.</summary>
public enum SupplyTier
{
    /// <summary>A hospital, ordering from its OOAD or UMAE warehouse.</summary>
    Hospital = 0,

    /// <summary>An OOAD or UMAE warehouse, ordering from the central warehouse.</summary>
    Regional = 1,

    /// <summary>The central warehouse, ordering from suppliers.</summary>
    Central = 2,
}
