using Capacity.Domain.Reconversion;

namespace Capacity.Scenarios.Loading;

/// <summary>
/// How the <c>reconversion:</c> section spells policies, phases and roles (the schema's enums): lowercase words joined
/// by '-', like the policy names of issue 4 (<c>no-reconversion</c>, <c>occupancy-trigger</c>).
/// </summary>
public static class ReconversionYamlCodes
{
    /// <summary>The policy codes in enum order.</summary>
    public static IReadOnlyList<string> Policies { get; } = [.. Enum.GetValues<ReconversionPolicyKind>().Select(Policy)];

    /// <summary>The phases a schedule step may name, in order.</summary>
    public static IReadOnlyList<ReconversionPhase> StepPhases { get; } =
    [
        ReconversionPhase.Scenario1, ReconversionPhase.Scenario2, ReconversionPhase.PhaseI, ReconversionPhase.PhaseII,
        ReconversionPhase.PhaseIII,
    ];

    /// <summary>The roles a temporary unit may have.</summary>
    public static IReadOnlyList<HospitalRole> UnitRoles { get; } =
        [HospitalRole.Temporary, HospitalRole.Expansion, HospitalRole.Convalescence];

    /// <summary><c>no-reconversion</c>, <c>schedule</c>, <c>occupancy-trigger</c>, <c>forecast-trigger</c>.</summary>
    public static string Policy(ReconversionPolicyKind policy) => policy switch
    {
        ReconversionPolicyKind.None => "no-reconversion",
        ReconversionPolicyKind.Schedule => "schedule",
        ReconversionPolicyKind.OccupancyTrigger => "occupancy-trigger",
        ReconversionPolicyKind.ForecastTrigger => "forecast-trigger",
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "no scenario code for this policy"),
    };

    /// <summary><c>scenario-1</c>, <c>scenario-2</c>, <c>phase-1</c>, <c>phase-2</c>, <c>phase-3</c>.</summary>
    public static string Phase(ReconversionPhase phase) => phase switch
    {
        ReconversionPhase.Scenario1 => "scenario-1",
        ReconversionPhase.Scenario2 => "scenario-2",
        ReconversionPhase.PhaseI => "phase-1",
        ReconversionPhase.PhaseII => "phase-2",
        ReconversionPhase.PhaseIII => "phase-3",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "a schedule step cannot name this phase"),
    };

    /// <summary><c>temporary</c>, <c>expansion</c>, <c>convalescence</c>.</summary>
    public static string Role(HospitalRole role) => role switch
    {
        HospitalRole.Temporary => "temporary",
        HospitalRole.Expansion => "expansion",
        HospitalRole.Convalescence => "convalescence",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "a temporary unit cannot have this role"),
    };

    /// <summary>The policy for a code the schema accepted.</summary>
    public static ReconversionPolicyKind PolicyFrom(string code) =>
        Enum.GetValues<ReconversionPolicyKind>().Single(p => Policy(p) == code);

    /// <summary>The phase for a code the schema accepted.</summary>
    public static ReconversionPhase PhaseFrom(string code) => StepPhases.Single(p => Phase(p) == code);

    /// <summary>The role for a code the schema accepted.</summary>
    public static HospitalRole RoleFrom(string code) => UnitRoles.Single(r => Role(r) == code);
}
