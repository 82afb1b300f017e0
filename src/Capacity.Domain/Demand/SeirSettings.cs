using System.Collections.Immutable;
using Orleans;

namespace Capacity.Domain.Demand;

/// <summary>
/// A compartmental SEIR epidemic in each OOAD's affiliate population (<see cref="SeirModel"/>).
/// </summary>
/// <param name="R0">Basic reproduction number before any contact change.</param>
/// <param name="LatentDays">Mean days from infection to infectiousness (1/σ).</param>
/// <param name="InfectiousDays">Mean days infectious (1/γ).</param>
/// <param name="InitialInfectedShare">Share of each OOAD's affiliates infectious on its seeding day.</param>
/// <param name="HospitalisedShareOfInfections">Share of infections that need a hospital bed (the waves model's
/// hospitalised share is of notified cases, not of infections).</param>
/// <param name="HospitalDelayDays">Days from becoming infectious (symptom onset) to hospital admission.</param>
/// <param name="Schedule">Contact changes in date order (each replaces the previous factor).</param>
/// <param name="Stochastic">False: deterministic ODE (RK4); true: a binomial chain with one generator per OOAD and day.</param>
/// <param name="Strata">Age or risk groups (<see cref="SeirStratum"/>); default or empty = one homogeneous population with
/// <paramref name="HospitalisedShareOfInfections"/>.</param>
[GenerateSerializer, Immutable, Alias("capacity.SeirSettings")]
public sealed record SeirSettings(
    double R0,
    double LatentDays,
    double InfectiousDays,
    double InitialInfectedShare,
    double HospitalisedShareOfInfections,
    int HospitalDelayDays,
    ImmutableArray<TransmissionChange> Schedule,
    bool Stochastic,
    ImmutableArray<SeirStratum> Strata = default)
{
    /// <summary>The groups the model runs: <see cref="Strata"/>, or one group of everyone when there are none.</summary>
    public ImmutableArray<SeirStratum> Groups => Strata.IsDefaultOrEmpty
        ? [new SeirStratum("all", 1, 1, 1, HospitalisedShareOfInfections, null)]
        : Strata;

    /// <summary>The contact factor in force on <paramref name="date"/> (1 before the first change).</summary>
    public double ContactFactorOn(DateOnly date)
    {
        var factor = 1.0;
        foreach (var change in Schedule)
        {
            if (change.From > date)
            {
                break;
            }

            factor = change.ContactFactor;
        }

        return factor;
    }
}
