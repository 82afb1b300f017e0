namespace Capacity.Domain.Reconversion;

/// <summary>
/// snake_case codes of phases and roles, as events and output columns write them (scenario files spell them with
/// hyphens, like the policy names: see the scenario loader).
/// </summary>
public static class ReconversionCodes
{
    /// <summary><c>none</c>, <c>scenario_1</c>, <c>scenario_2</c>, <c>phase_1</c>, <c>phase_2</c>, <c>phase_3</c>, <c>reverted</c>.</summary>
    public static string Phase(ReconversionPhase phase) => phase switch
    {
        ReconversionPhase.None => "none",
        ReconversionPhase.Scenario1 => "scenario_1",
        ReconversionPhase.Scenario2 => "scenario_2",
        ReconversionPhase.PhaseI => "phase_1",
        ReconversionPhase.PhaseII => "phase_2",
        ReconversionPhase.PhaseIII => "phase_3",
        ReconversionPhase.Reverted => "reverted",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };

    /// <summary><c>non_covid</c>, <c>reference</c>, <c>hybrid</c>, <c>covid_exclusive</c>, <c>temporary</c>, <c>expansion</c>, <c>convalescence</c>.</summary>
    public static string Role(HospitalRole role) => role switch
    {
        HospitalRole.NonCovid => "non_covid",
        HospitalRole.Reference => "reference",
        HospitalRole.Hybrid => "hybrid",
        HospitalRole.CovidExclusive => "covid_exclusive",
        HospitalRole.Temporary => "temporary",
        HospitalRole.Expansion => "expansion",
        HospitalRole.Convalescence => "convalescence",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
