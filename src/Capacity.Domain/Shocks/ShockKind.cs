namespace Capacity.Domain.Shocks;

/// <summary>What a stress-test shock does while it lasts (<see cref="Shock"/>).</summary>
public enum ShockKind
{
    /// <summary>Multiplies the expected new hospital patients (of one OOAD, or every OOAD) by the shock's value.</summary>
    DemandSurge = 0,

    /// <summary>Adds the shock's value to the share of the ERC pool absent (national).</summary>
    StaffAbsence = 1,

    /// <summary>Multiplies the supplier lead time of an item (or every item) by the shock's value.</summary>
    SupplierDelay = 2,

    /// <summary>No supplier releases of an item (or every item) while active; the backlog waits.</summary>
    SupplierEmbargo = 3,

    /// <summary>A warehouse ships nothing and receives nothing while active; shipments due then wait at its door.</summary>
    WarehouseOutage = 4,

    /// <summary>Adds the shock's value in days to the lead time of legs into an OOAD (or every OOAD).</summary>
    TransportDisruption = 5,

    /// <summary>An OOAD's oxygen plant loses the shock's share of its capacity (<see cref="Oxygen.OxygenOutage"/>).</summary>
    OxygenPlantOutage = 6,
}
