using System.Collections.Immutable;

namespace Capacity.Domain.Care;

/// <summary>
/// Daily discharge hazards of a gamma length-of-stay distribution discretised by day:
/// <c>Hazard(d)</c> is the probability that a patient who has completed <c>d − 1</c> days in care leaves on
/// day <c>d</c>. Stays are at least one day; the last modelled day has hazard 1.
/// </summary>
public sealed record StayHazards(ImmutableArray<double> Hazards)
{
    /// <summary>Longest stay in days.</summary>
    public int MaxStayDays => Hazards.Length;

    /// <summary>Hazard of leaving on stay day <paramref name="stayDay"/> (1-based).</summary>
    public double Hazard(int stayDay) => Hazards[stayDay - 1];

    /// <summary>Hazards for a gamma stay with the given mean and coefficient of variation.</summary>
    public static StayHazards Gamma(double meanDays, double cv, int maxStayDays)
    {
        // Gamma with shape k = 1/cv² and rate k/mean, rounded to the nearest day: P(stay = d) = F(d + ½) − F(d − ½),
        // with everything below 1½ days on day 1 so every patient spends at least one night. Rounding up instead
        // would lengthen every stay by half a day (+10% ward bed-days at a 5-day mean).
        var shape = 1.0 / (cv * cv);
        var rate = shape / meanDays;
        var hazards = ImmutableArray.CreateBuilder<double>(maxStayDays);
        var survival = 1.0;
        for (var day = 1; day <= maxStayDays; day++)
        {
            var leaveByDay = day == maxStayDays ? 1.0 : MathNet.Numerics.Distributions.Gamma.CDF(shape, rate, day + 0.5);
            var stillIn = 1.0 - leaveByDay;
            var hazard = survival <= 0 ? 1.0 : Math.Clamp((survival - stillIn) / survival, 0.0, 1.0);
            hazards.Add(day == maxStayDays ? 1.0 : hazard);
            survival = stillIn;
        }

        return new StayHazards(hazards.MoveToImmutable());
    }

    /// <summary>The hazards of both levels of a scenario.</summary>
    public static (StayHazards Ward, StayHazards Icu) For(CareSettings care) =>
        (Gamma(care.Ward.MeanStayDays, care.Ward.StayCv, care.MaxStayDays),
         Gamma(care.Icu.MeanStayDays, care.Icu.StayCv, care.MaxStayDays));
}
