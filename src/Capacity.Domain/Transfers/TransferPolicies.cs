namespace Capacity.Domain.Transfers;

/// <summary>Builds the transfer policy a scenario names.</summary>
public static class TransferPolicies
{
    /// <summary>The policy of <paramref name="settings"/>; no settings = no transfers.</summary>
    public static ITransferPolicy Create(TransferSettings? settings) =>
        (settings ?? TransferSettings.Disabled).Policy switch
        {
            TransferPolicyKind.None => new NoTransferPolicy(),
            TransferPolicyKind.WithinOoad => new RegionalTransferPolicy(settings!, acrossOoads: false),
            TransferPolicyKind.Neighbours => new RegionalTransferPolicy(settings!, acrossOoads: true),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings!.Policy, "Unknown transfer policy."),
        };
}
