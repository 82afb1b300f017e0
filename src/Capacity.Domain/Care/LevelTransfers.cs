using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Capacity.Domain.Random;

namespace Capacity.Domain.Care;

/// <summary>
/// Step-up (ward → ICU) and step-down (ICU → ward) inside one hospital, run after the day's departures and before
/// the day's new admissions, so a hospital's own patients take free beds before new arrivals do.
/// </summary>
/// <remarks>
/// <para>
/// Step-up: every ward cohort (patients in a ward bed; patients on observation stretchers are not considered) loses
/// Binomial(n, <see cref="CareSettings.StepUpRate"/>) patients who need the ICU. They are granted the ICU beds free
/// after today's departures, cohort by cohort from the shortest stay; those who find none stay on the ward and are
/// counted as blocked. A stepped-up patient starts a new ICU stay on ICU day 0 (ICU hazards from day 0).
/// </para>
/// <para>
/// Step-down: of the patients leaving the ICU alive today, Binomial(n, <see cref="CareSettings.StepDownShare"/>)
/// continue on the ward if a ward bed is free (after today's departures and step-ups); the others, and those who find
/// no ward bed, go home as before. Simplification: a stepped-down patient's remaining ward stay follows the ward
/// hazards from day 0, as a new ward admission's would; the ward's death rate applies when they leave.
/// </para>
/// <para>
/// The draws use their own streams (<see cref="RngStream.StepUp"/>, <see cref="RngStream.StepDown"/>), and every
/// draw is made whether or not a bed is free, so a rate or share of 0 leaves every other draw, and every result,
/// exactly as without transfers.
/// </para>
/// </remarks>
public static class LevelTransfers
{
    /// <summary>The cohorts after the transfers and the day's counts.</summary>
    /// <param name="Ward">Ward cohorts after step-ups left and step-downs arrived.</param>
    /// <param name="Icu">ICU cohorts after step-ups arrived.</param>
    /// <param name="StepUps">Ward patients moved to the ICU.</param>
    /// <param name="StepDowns">ICU survivors moved to the ward instead of going home.</param>
    /// <param name="StepUpBlocked">Ward patients who needed the ICU and found no free ICU bed (they stay on the ward).</param>
    public readonly record struct Result(ImmutableArray<int> Ward, ImmutableArray<int> Icu, int StepUps, int StepDowns, int StepUpBlocked);

    /// <summary>Runs the day's step-ups, then its step-downs.</summary>
    /// <param name="ward">Ward cohorts after today's departures.</param>
    /// <param name="icu">ICU cohorts after today's departures.</param>
    /// <param name="beds">COVID beds by level.</param>
    /// <param name="icuSurvivors">Patients who left the ICU alive today.</param>
    /// <param name="care">Step-up rate and step-down share.</param>
    /// <param name="stepUpRng">The hospital's <see cref="RngStream.StepUp"/> stream for today.</param>
    /// <param name="stepDownRng">The hospital's <see cref="RngStream.StepDown"/> stream for today.</param>
    public static Result Apply(
        ImmutableArray<int> ward,
        ImmutableArray<int> icu,
        LevelCounts beds,
        int icuSurvivors,
        CareSettings care,
        ref CounterRng stepUpRng,
        ref CounterRng stepDownRng)
    {
        var wardNext = ward.ToArray();
        var icuNext = icu.ToArray();
        var (stepUps, stepDowns, blocked) = Apply(wardNext, icuNext, beds, icuSurvivors, care, ref stepUpRng, ref stepDownRng);
        return new Result(
            stepUps == 0 && stepDowns == 0 ? ward : ImmutableCollectionsMarshal.AsImmutableArray(wardNext),
            stepUps == 0 ? icu : ImmutableCollectionsMarshal.AsImmutableArray(icuNext),
            stepUps,
            stepDowns,
            blocked);
    }

    /// <summary>
    /// <see cref="Apply(ImmutableArray{int}, ImmutableArray{int}, LevelCounts, int, CareSettings, ref CounterRng, ref CounterRng)"/>
    /// on the hospital day's buffers, in place (the same draws in the same order).
    /// </summary>
    public static (int StepUps, int StepDowns, int StepUpBlocked) Apply(
        Span<int> ward,
        Span<int> icu,
        LevelCounts beds,
        int icuSurvivors,
        CareSettings care,
        ref CounterRng stepUpRng,
        ref CounterRng stepDownRng)
    {
        var freeIcu = Math.Max(0, beds.Icu - CohortFlow.Census(icu));
        var stepUps = 0;
        var blocked = 0;

        // An empty ward draws nothing (Binomial(0, p) takes no number), so it is skipped.
        if (care.StepUpRate > 0 && CohortFlow.Census(ward) > 0)
        {
            for (var completed = 0; completed < ward.Length; completed++)
            {
                var needing = Sampling.Binomial(ref stepUpRng, ward[completed], care.StepUpRate);
                var granted = Math.Min(needing, freeIcu - stepUps);
                stepUps += granted;
                blocked += needing - granted;
                ward[completed] -= granted;
            }
        }

        var freeWard = Math.Max(0, beds.Ward - CohortFlow.Census(ward));
        var stepDowns = Math.Min(Sampling.Binomial(ref stepDownRng, icuSurvivors, care.StepDownShare), freeWard);
        CohortFlow.Admit(ward, stepDowns);
        CohortFlow.Admit(icu, stepUps);
        return (stepUps, stepDowns, blocked);
    }
}
