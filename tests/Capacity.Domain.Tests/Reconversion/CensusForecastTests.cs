using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Reconversion;

public sealed class CensusForecastTests
{
    private static readonly DateOnly Start = new(2020, 3, 1);

    private static readonly Ooad Ooad = new("o01", "OOAD 1", "State 1", 1_000_000);

    private static readonly CareSettings Care = TestScenarios.Parameters().Care;

    [Fact]
    public void Without_demand_todays_census_only_decays_and_is_gone_after_the_longest_stay()
    {
        var forecast = new CensusForecast(Demand(attackRate: 0), Care, Ooad, Start);

        var census = forecast.Ahead(new LevelCounts(100, 40), 10, Care.MaxStayDays);

        Assert.Equal((100.0, 40.0), census[0]);
        Assert.All(Enumerable.Range(1, Care.MaxStayDays), k => Assert.True(
            census[k].Ward <= census[k - 1].Ward && census[k].Icu <= census[k - 1].Icu, $"day {k}: {census[k]} after {census[k - 1]}"));
        Assert.Equal((0.0, 0.0), census[^1]);
    }

    [Fact]
    public void Steady_admissions_fill_each_level_to_admissions_times_mean_stay()
    {
        // A wave a million days wide is flat over the run: ≈ 2,000 × 0.2 × 1e6 / (1e6 × √(2π)) new patients a day.
        var demand = Demand(attackRate: 0.01) with { Waves = [new Wave(Start.AddDays(60), 1_000_000, 1.0)] };
        var daily = WaveDemand.Expected(demand, Ooad, Start, 100);
        var forecast = new CensusForecast(demand, Care, Ooad, Start);

        var census = forecast.Ahead(default, 0, 150)[^1];

        // Little's law, with each stay counted in whole days (the discretised gamma keeps the mean within 2%).
        Assert.Equal(daily * 0.7 * 5, census.Ward, daily * 0.7 * 5 * 0.02);
        Assert.Equal(daily * 0.3 * 10, census.Icu, daily * 0.3 * 10 * 0.02);
    }

    [Fact]
    public void Tomorrows_census_adds_tomorrows_expected_admissions_to_what_is_left_of_today()
    {
        var demand = Demand(attackRate: 0.01);
        var forecast = new CensusForecast(demand, Care, Ooad, Start);
        var decay = new CensusForecast(Demand(attackRate: 0), Care, Ooad, Start).Ahead(new LevelCounts(30, 20), 20, 1)[1];

        var census = forecast.Ahead(new LevelCounts(30, 20), 20, 1)[1];

        var arrivals = WaveDemand.Expected(demand, Ooad, Start, 21);
        Assert.Equal(decay.Ward + arrivals * 0.7, census.Ward, 1e-9);
        Assert.Equal(decay.Icu + arrivals * 0.3, census.Icu, 1e-9);
    }

    private static WaveDemandSettings Demand(double attackRate) => new(
        attackRate,
        0.20,
        0.30,
        [new Wave(new DateOnly(2020, 3, 31), 10, 1.0)],
        ImmutableSortedDictionary<string, RegionalDemand>.Empty.WithComparers(StringComparer.Ordinal));
}
