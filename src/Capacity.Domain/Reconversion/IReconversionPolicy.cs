using Capacity.Domain.Staffing;

namespace Capacity.Domain.Reconversion;

/// <summary>
/// Decides, once per OOAD and day, which hospitals change COVID beds, phase or role. Implementations are pure:
/// everything they need is in the view (including their own memory), so the grain engine and the inline kernel
/// get the same decisions.
/// </summary>
public interface IReconversionPolicy
{
    /// <summary>Today's decision for one OOAD.</summary>
    ReconversionDecision Decide(ReconversionView view);

    /// <summary>
    /// The staffing rules the OOAD's decisions are held to (team rounding, infection absence), carried with the policy
    /// so both engines apply them with the policy; null = the first staffing model's rules (hospital rounding, no
    /// infection absence).
    /// </summary>
    StaffingSettings? Staffing => null;
}
