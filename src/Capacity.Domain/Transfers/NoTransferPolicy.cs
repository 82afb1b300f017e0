using System.Collections.Immutable;
using Capacity.Domain.Care;

namespace Capacity.Domain.Transfers;

/// <summary>The <c>none</c> policy: nobody is moved, a patient without a bed is turned away.</summary>
public sealed class NoTransferPolicy : ITransferPolicy
{
    /// <inheritdoc />
    public OoadTransfers Within(int day, string ooadCode, IReadOnlyList<HospitalDayReport> reports) => OoadTransfers.Nothing(ooadCode);

    /// <inheritdoc />
    public ImmutableArray<PatientTransfer> Between(int day, IReadOnlyList<OoadTransfers> ooads) => [];
}
