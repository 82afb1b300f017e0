namespace Capacity.Domain.Reconversion;

/// <summary>
/// The <c>no-reconversion</c> baseline: capacity stays as the <c>capacity:</c> section set it on day 0, and the
/// policy's memory never changes.
/// </summary>
public sealed class NoReconversionPolicy : IReconversionPolicy
{
    /// <inheritdoc />
    public ReconversionDecision Decide(ReconversionView view) => new(view.Memory, []);
}
