using System.Collections.Immutable;
using Capacity.Domain.Demand;

namespace Capacity.Scenarios;

/// <summary>
/// Defaults of the SEIR demand model. The seeds give no epidemiological parameters (only the attack-rate planning
/// scenarios, seed 003 L2229-2280), so each default cites the published estimate it takes, or says ASSUMPTION.
/// </summary>
public static class SeirDefaults
{
    /// <summary>R0 2.2: Li Q. et al., "Early transmission dynamics in Wuhan, China, of novel coronavirus-infected
    /// pneumonia", N Engl J Med 382:1199-1207 (2020), 95% CI 1.4-3.9.</summary>
    public const double R0 = 2.2;

    /// <summary>5.2 days: mean incubation period, Li Q. et al. (2020), taken as the latent period (the usual SEIR
    /// simplification: infectiousness starts about when symptoms do).</summary>
    public const double LatentDays = 5.2;

    /// <summary>ASSUMPTION: 5 days infectious, within the 3-7 days used by published SEIR models of 2020.</summary>
    public const double InfectiousDays = 5;

    /// <summary>ASSUMPTION: one affiliate in 100,000 infectious on the seeding day (about 576 nationally).</summary>
    public const double InitialInfectedShare = 0.00001;

    /// <summary>2.6% of infections hospitalised: Salje H. et al., "Estimating the burden of SARS-CoV-2 in France",
    /// Science 369:208-211 (2020).</summary>
    public const double HospitalisedShareOfInfections = 0.026;

    /// <summary>7 days from symptom onset to admission: median of Wang D. et al., JAMA 323:1061-1069 (2020).</summary>
    public const int HospitalDelayDays = 7;

    /// <summary>No contact change: constant R0 (scenario files add the 23 Mar 2020 national distancing).</summary>
    public static ImmutableArray<TransmissionChange> Schedule { get; } = [];

    /// <summary>Deterministic by default (the ODE), so demand depends on the seed only through the daily draw.</summary>
    public const bool Stochastic = false;

    /// <summary>No age or risk groups: one homogeneous population (scenario files add strata for what-ifs).</summary>
    public static ImmutableArray<SeirStratum> Strata { get; } = [];

    /// <summary>Every default.</summary>
    public static SeirSettings Settings { get; } = new(
        R0, LatentDays, InfectiousDays, InitialInfectedShare, HospitalisedShareOfInfections, HospitalDelayDays, Schedule, Stochastic, Strata);
}
