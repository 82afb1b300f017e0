using Capacity.Domain.Transfers;

namespace Capacity.Scenarios;

/// <summary>Defaults of the <c>transfers:</c> section (docs/scenarios.md#transfers).</summary>
public static class TransferDefaults
{
    /// <summary>
    /// No transfers unless a scenario names a policy, so scenarios written before the transfer model run as before; the
    /// 2020 replay uses <c>neighbours</c>, as the Centro Regulador IMSS routed referrals (seed 003 L7539-7578).
    /// </summary>
    public const TransferPolicyKind Policy = TransferPolicyKind.None;

    /// <summary>
    /// A receiving hospital keeps ⌈10%⌉ of its COVID beds of each level for its own arrivals (assumption: the seeds say
    /// the regulator confirmed bed availability before a referral, L7539-7578, but give no reserve).
    /// </summary>
    public const double ReserveShare = 0.1;

    /// <summary>A transfer wave starts on a day an OOAD transfers out 10 or more patients (assumption, for the timeline).</summary>
    public const int WaveThreshold = 10;

    /// <summary>A transfer wave ends after 7 days below the threshold (assumption: one week, for the timeline).</summary>
    public const int WaveQuietDays = 7;

    /// <summary>The transfer defaults (no transfers; neighbours come from the network when the file names none).</summary>
    public static TransferSettings Settings { get; } = TransferSettings.Disabled with
    {
        Policy = Policy,
        ReserveShare = ReserveShare,
        WaveThreshold = WaveThreshold,
        WaveQuietDays = WaveQuietDays,
    };
}
