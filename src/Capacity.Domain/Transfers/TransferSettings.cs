using System.Collections.Immutable;
using Orleans;

namespace Capacity.Domain.Transfers;

/// <summary>
/// Patient transfers: the regional bed regulation of the Centro Regulador IMSS, which confirmed bed availability and
/// routed referrals between units (seed 003 L7539-7578; 2,133 patients regulated in the Valle de México, L2490-2493).
/// </summary>
/// <param name="Policy">Which transfers are made.</param>
/// <param name="ReserveShare">Share of a receiving hospital's COVID beds of each level kept free for its own arrivals
/// (rounded up), in [0, 1).</param>
/// <param name="Neighbours">OOADs a patient may be sent to from each OOAD, by OOAD code (symmetric for the built-in
/// network: land borders); an OOAD absent from the map has no neighbours.</param>
/// <param name="WaveThreshold">Patients an OOAD's hospitals transfer out in one day that start a transfer wave.</param>
/// <param name="WaveQuietDays">Consecutive days below the threshold that end a wave.</param>
[GenerateSerializer, Immutable, Alias("capacity.TransferSettings")]
public sealed record TransferSettings(
    TransferPolicyKind Policy,
    double ReserveShare,
    ImmutableSortedDictionary<string, ImmutableArray<string>> Neighbours,
    int WaveThreshold,
    int WaveQuietDays)
{
    /// <summary>No transfers (the model before transfers).</summary>
    public static TransferSettings Disabled { get; } =
        new(TransferPolicyKind.None, 0, ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty.WithComparers(StringComparer.Ordinal), 10, 7);

    /// <summary>The neighbours of one OOAD (none when it is not in the map).</summary>
    public ImmutableArray<string> NeighboursOf(string ooadCode) =>
        Neighbours.TryGetValue(ooadCode, out var codes) ? codes : [];
}
