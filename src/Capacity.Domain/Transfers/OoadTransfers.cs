using System.Collections.Immutable;
using Orleans;

namespace Capacity.Domain.Transfers;

/// <summary>
/// One OOAD's transfers of the day: moves between its own hospitals, patients it could not place anywhere in the
/// OOAD (requests) and the beds its hospitals can still spare after its own moves (offers), each list in hospital id
/// order.
/// </summary>
[GenerateSerializer, Immutable, Alias("capacity.OoadTransfers")]
public sealed record OoadTransfers(
    string OoadCode,
    ImmutableArray<PatientTransfer> Moves,
    ImmutableArray<TransferNeed> Requests,
    ImmutableArray<TransferNeed> Offers)
{
    /// <summary>Nothing moved, nothing asked, nothing offered.</summary>
    public static OoadTransfers Nothing(string ooadCode) => new(ooadCode, [], [], []);
}
