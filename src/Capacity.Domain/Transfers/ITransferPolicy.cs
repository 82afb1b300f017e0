using System.Collections.Immutable;
using Capacity.Domain.Care;

namespace Capacity.Domain.Transfers;

/// <summary>
/// Decides where patients who found no bed go. Called in two steps of the care phase: each OOAD on its own hospitals'
/// reports (<see cref="Within"/>), then once for the nation on what the OOADs left over (<see cref="Between"/>).
/// Implementations are pure and deterministic.
/// </summary>
public interface ITransferPolicy
{
    /// <summary>The OOAD's own moves, and what it still needs and can spare.</summary>
    /// <param name="day">Today.</param>
    /// <param name="ooadCode">The OOAD.</param>
    /// <param name="reports">Today's reports of its hospitals, in id order.</param>
    OoadTransfers Within(int day, string ooadCode, IReadOnlyList<HospitalDayReport> reports);

    /// <summary>Moves between OOADs, from the requests and offers every OOAD left (in OOAD code order).</summary>
    ImmutableArray<PatientTransfer> Between(int day, IReadOnlyList<OoadTransfers> ooads);
}
