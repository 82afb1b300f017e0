namespace Capacity.Domain.Transfers;

/// <summary>How patients who find no bed are moved to another hospital (<see cref="ITransferPolicy"/>).</summary>
public enum TransferPolicyKind
{
    /// <summary>Nobody is moved: a patient with no bed at the hospital the OOAD routed them to is turned away.</summary>
    None = 0,

    /// <summary>The OOAD moves them to another of its own hospitals with a spare bed of the level they need.</summary>
    WithinOoad = 1,

    /// <summary>Within the OOAD first, then to a hospital of a neighbouring OOAD with a spare bed.</summary>
    Neighbours = 2,
}
