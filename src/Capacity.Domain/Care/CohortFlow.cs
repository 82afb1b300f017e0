using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Capacity.Domain.Random;

namespace Capacity.Domain.Care;

/// <summary>
/// One care level's patients as integer cohorts by completed days in care (index 0 = admitted today),
/// and the day's departures: each cohort loses Binomial(n, hazard) patients, each of whom dies with the
/// level's death rate or goes home.
/// </summary>
public static class CohortFlow
{
    /// <summary>Result of the departures step.</summary>
    public readonly record struct Departures(ImmutableArray<int> Cohorts, int Discharged, int Died);

    /// <summary>Ages every cohort by one day and draws who leaves and how.</summary>
    public static Departures Depart(
        ImmutableArray<int> cohorts,
        StayHazards hazards,
        double deathRate,
        ref CounterRng stayRng,
        ref CounterRng outcomeRng)
    {
        // Most hospitals have nobody at a level on most days: an empty level ages into itself, with no draw and no
        // allocation (a zero cohort never draws, so the streams are the same either way).
        if (cohorts.Length == hazards.MaxStayDays && Census(cohorts) == 0)
        {
            return new Departures(cohorts, 0, 0);
        }

        var next = new int[hazards.MaxStayDays];
        var discharged = 0;
        var died = 0;
        for (var completed = 0; completed < cohorts.Length; completed++)
        {
            var patients = cohorts[completed];
            if (patients == 0)
            {
                continue;
            }

            var stayDay = completed + 1;
            var leaving = stayDay >= hazards.MaxStayDays
                ? patients
                : Sampling.Binomial(ref stayRng, patients, hazards.Hazard(stayDay));
            var deaths = Sampling.Binomial(ref outcomeRng, leaving, deathRate);
            died += deaths;
            discharged += leaving - deaths;
            if (patients > leaving)
            {
                next[stayDay] += patients - leaving;
            }
        }

        // The array is ours alone: wrap it instead of copying it (ImmutableArray.Create copies).
        return new Departures(ImmutableCollectionsMarshal.AsImmutableArray(next), discharged, died);
    }

    /// <summary>Places today's admissions in the first cohort.</summary>
    public static ImmutableArray<int> Admit(ImmutableArray<int> cohorts, int admitted) =>
        admitted == 0 ? cohorts : cohorts.SetItem(0, cohorts[0] + admitted);

    /// <summary>Patients in care.</summary>
    public static int Census(ReadOnlySpan<int> cohorts)
    {
        var sum = 0;
        foreach (var c in cohorts)
        {
            sum += c;
        }

        return sum;
    }

    /// <summary>Patients in care.</summary>
    public static int Census(ImmutableArray<int> cohorts) => Census(cohorts.AsSpan());

    /// <summary>
    /// Removes up to <paramref name="patients"/> patients, longest stay first (a deterministic choice for patients who
    /// leave for a reason the cohorts do not track, e.g. no oxygen or a broken ventilator); returns the cohorts and the
    /// patients that were not there to remove.
    /// </summary>
    public static (ImmutableArray<int> Cohorts, int Left) RemoveLongestStays(ImmutableArray<int> cohorts, int patients)
    {
        if (patients <= 0)
        {
            return (cohorts, 0);
        }

        if (Census(cohorts) == 0)
        {
            return (cohorts, patients);
        }

        var next = cohorts.ToArray();
        for (var i = next.Length - 1; i >= 0 && patients > 0; i--)
        {
            var taken = Math.Min(next[i], patients);
            next[i] -= taken;
            patients -= taken;
        }

        return (ImmutableCollectionsMarshal.AsImmutableArray(next), patients);
    }

    /// <summary>An empty level.</summary>
    public static ImmutableArray<int> Empty(int maxStayDays) => ImmutableArray.Create(new int[maxStayDays]);
}
