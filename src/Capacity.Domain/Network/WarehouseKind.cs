namespace Capacity.Domain.Network;

/// <summary>The three warehouse tiers (seed 003 L21077-21084). Append only.</summary>
public enum WarehouseKind
{
    /// <summary>Almacén de Programas Especiales y Red Fría: receives from suppliers, ships to the other tiers.</summary>
    Central = 0,

    /// <summary>One of the 37 OOAD (delegational) warehouses.</summary>
    Ooad = 1,

    /// <summary>One of the 25 UMAE warehouses.</summary>
    Umae = 2,
}
