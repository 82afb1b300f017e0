using System.Collections.Immutable;
using System.Numerics;
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
        var (discharged, died) = Depart(cohorts.AsSpan(), next, hazards, deathRate, ref stayRng, ref outcomeRng);

        // The array is ours alone: wrap it instead of copying it (ImmutableArray.Create copies).
        return new Departures(ImmutableCollectionsMarshal.AsImmutableArray(next), discharged, died);
    }

    /// <summary>
    /// <see cref="Depart(ImmutableArray{int}, StayHazards, double, ref CounterRng, ref CounterRng)"/> into a caller's
    /// buffer of <see cref="StayHazards.MaxStayDays"/> cohorts (overwritten): the hospital day works on buffers and
    /// keeps one array per level and day.
    /// </summary>
    public static (int Discharged, int Died) Depart(
        ReadOnlySpan<int> cohorts,
        Span<int> next,
        StayHazards hazards,
        double deathRate,
        ref CounterRng stayRng,
        ref CounterRng outcomeRng)
    {
        next.Clear();
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

        return (discharged, died);
    }

    /// <summary>
    /// The cohorts as an immutable array: <paramref name="previous"/> itself when nothing changed (no allocation on the
    /// many quiet days), otherwise a copy of the buffer.
    /// </summary>
    public static ImmutableArray<int> Freeze(ReadOnlySpan<int> cohorts, ImmutableArray<int> previous) =>
        !previous.IsDefault && cohorts.SequenceEqual(previous.AsSpan())
            ? previous
            : ImmutableCollectionsMarshal.AsImmutableArray(cohorts.ToArray());

    /// <summary>Places admissions in the first cohort of a buffer.</summary>
    public static void Admit(Span<int> cohorts, int admitted) => cohorts[0] += admitted;

    /// <summary>
    /// <see cref="RemoveLongestStays(ImmutableArray{int}, int)"/> on a buffer, in place; returns the patients that were not
    /// there to remove.
    /// </summary>
    public static int RemoveLongestStays(Span<int> cohorts, int patients)
    {
        for (var i = cohorts.Length - 1; i >= 0 && patients > 0; i--)
        {
            var taken = Math.Min(cohorts[i], patients);
            cohorts[i] -= taken;
            patients -= taken;
        }

        return Math.Max(0, patients);
    }

    /// <summary>Places today's admissions in the first cohort.</summary>
    public static ImmutableArray<int> Admit(ImmutableArray<int> cohorts, int admitted) =>
        admitted == 0 ? cohorts : cohorts.SetItem(0, cohorts[0] + admitted);

    /// <summary>Patients in care.</summary>
    public static int Census(ReadOnlySpan<int> cohorts)
    {
        // Vectorised: called several times per level and hospital-day on MaxStayDays cohorts.
        var i = 0;
        var sum = 0;
        if (Vector.IsHardwareAccelerated && cohorts.Length >= Vector<int>.Count)
        {
            var lanes = Vector<int>.Zero;
            for (; i <= cohorts.Length - Vector<int>.Count; i += Vector<int>.Count)
            {
                lanes += new Vector<int>(cohorts[i..]);
            }

            sum = Vector.Sum(lanes);
        }

        for (; i < cohorts.Length; i++)
        {
            sum += cohorts[i];
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
        var left = RemoveLongestStays(next.AsSpan(), patients);
        return (ImmutableCollectionsMarshal.AsImmutableArray(next), left);
    }

    /// <summary>An empty level.</summary>
    public static ImmutableArray<int> Empty(int maxStayDays) => ImmutableArray.Create(new int[maxStayDays]);
}
