using Capacity.Domain.Care;

namespace Capacity.Domain.Tests.Care;

public sealed class StayHazardsTests
{
    [Theory]
    [InlineData(5, 0.7, 60)]
    [InlineData(10, 0.6, 60)]
    [InlineData(3, 1.0, 10)]
    [InlineData(20, 0.2, 15)]
    public void Hazards_are_probabilities_and_the_last_modelled_day_empties_the_cohort(double mean, double cv, int maxStay)
    {
        var hazards = StayHazards.Gamma(mean, cv, maxStay);

        Assert.Equal(maxStay, hazards.MaxStayDays);
        Assert.All(hazards.Hazards, h => Assert.InRange(h, 0.0, 1.0));
        Assert.Equal(1.0, hazards.Hazard(maxStay));
    }

    [Theory]
    [InlineData(5, 0.7)]
    [InlineData(10, 0.6)]
    [InlineData(3, 1.0)]
    [InlineData(7, 0.3)]
    public void Implied_stays_sum_to_one_and_their_mean_is_the_configured_mean_within_a_fifth_of_a_day(double mean, double cv)
    {
        var hazards = StayHazards.Gamma(mean, cv, 60);

        var stays = StayDistribution(hazards);

        Assert.Equal(1.0, stays.Sum(), 12);
        // Stay d holds gamma mass (d − ½, d + ½]: stays are rounded to the nearest day, and the one-night minimum
        // lifts the shortest ones (+0.15 day at mean 3, cv 1, the widest case here).
        Assert.InRange(Mean(stays), mean - 0.05, mean + 0.2);
    }

    [Theory]
    [InlineData(5, 0.7)]
    [InlineData(10, 0.3)]
    [InlineData(7, 0.3)]
    [InlineData(5, 0.2)]
    public void The_spread_of_implied_stays_is_cv_times_mean_within_rounding_error(double mean, double cv)
    {
        var hazards = StayHazards.Gamma(mean, cv, 60);

        var sd = StandardDeviation(StayDistribution(hazards));

        // Rounding to whole days adds about 1/12 day² of variance: well under 0.1 day of standard deviation here.
        Assert.Equal(cv * mean, sd, 0.1);
    }

    [Fact]
    public void A_larger_cv_spreads_stays_more_around_the_same_mean()
    {
        var narrow = StayDistribution(StayHazards.Gamma(10, 0.3, 60));

        var wide = StayDistribution(StayHazards.Gamma(10, 0.9, 60));

        Assert.Equal(Mean(narrow), Mean(wide), 0.1);
        Assert.True(StandardDeviation(wide) > 2.5 * StandardDeviation(narrow));
    }

    [Fact]
    public void For_builds_both_levels_from_the_care_settings()
    {
        var care = new CareSettings(new LevelCare(5, 0.7, 0, 0), new LevelCare(10, 0.6, 0, 0), 40);

        var (ward, icu) = StayHazards.For(care);

        Assert.Equal(StayHazards.Gamma(5, 0.7, 40).Hazards, ward.Hazards);
        Assert.Equal(StayHazards.Gamma(10, 0.6, 40).Hazards, icu.Hazards);
    }

    /// <summary>P(stay = d) for d = 1..max: survive days 1..d−1, then leave.</summary>
    private static double[] StayDistribution(StayHazards hazards)
    {
        var stays = new double[hazards.MaxStayDays + 1];
        var survival = 1.0;
        for (var day = 1; day <= hazards.MaxStayDays; day++)
        {
            stays[day] = survival * hazards.Hazard(day);
            survival *= 1 - hazards.Hazard(day);
        }

        return stays;
    }

    private static double Mean(double[] stays) => stays.Select((p, d) => p * d).Sum();

    private static double StandardDeviation(double[] stays)
    {
        var mean = Mean(stays);
        return Math.Sqrt(stays.Select((p, d) => p * (d - mean) * (d - mean)).Sum());
    }
}
