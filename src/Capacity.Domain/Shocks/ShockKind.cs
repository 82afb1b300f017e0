namespace Capacity.Domain.Shocks;

/// <summary>What a stress-test shock does while it lasts (<see cref="Shock"/>).</summary>
public enum ShockKind
{
    /// <summary>Multiplies the expected new hospital patients (of one OOAD, or every OOAD) by the shock's value.</summary>
    DemandSurge = 0,

    /// <summary>Adds the shock's value to the share of the ERC pool absent (national).</summary>
    StaffAbsence = 1,

    // 2 to 9 are left to the supply shocks being added alongside.

    /// <summary>An OOAD's oxygen plant loses the shock's share of its capacity (<see cref="Oxygen.OxygenOutage"/>).</summary>
    OxygenPlantOutage = 10,
}
