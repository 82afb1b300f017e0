using Capacity.Domain.Reconversion;
using Capacity.Domain.Supply;
using Capacity.Scenarios.Loading;

namespace Capacity.Scenarios;

/// <summary>The YAML codes of a loaded scenario's policies, for hosts that describe scenarios (the web API).</summary>
public static class ScenarioCodes
{
    /// <summary><c>reconversion.policy</c>: <c>no-reconversion</c>, <c>schedule</c>, <c>occupancy-trigger</c>, <c>forecast-trigger</c>.</summary>
    public static string ReconversionPolicy(ReconversionPolicyKind policy) => ReconversionYamlCodes.Policy(policy);

    /// <summary><c>supply.policy</c>: <c>days-of-supply</c>, <c>pull-min-max</c>, <c>push-proportional</c>.</summary>
    public static string SupplyPolicy(SupplyPolicyKind policy) => SupplyYaml.Policy(policy);
}
