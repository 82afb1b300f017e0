using Capacity.Domain.Reconversion;

namespace Capacity.Domain.Staffing;

/// <summary>
/// A reconversion policy with the scenario's staffing rules attached (<see cref="IReconversionPolicy.Staffing"/>):
/// decides exactly as <paramref name="Inner"/>; <see cref="Demand.OoadState.Reconvert"/> limits the decision with them.
/// </summary>
/// <param name="Inner">The policy that decides.</param>
/// <param name="Staffing">The scenario's staffing settings.</param>
public sealed record StaffedPolicy(IReconversionPolicy Inner, StaffingSettings Staffing) : IReconversionPolicy
{
    /// <inheritdoc />
    public ReconversionDecision Decide(ReconversionView view) => Inner.Decide(view);
}
