using System.Globalization;
using Capacity.Domain.Simulation;
using Capacity.Scenarios.Scaling;

namespace Capacity.Scenarios.Tests.Scaling;

/// <summary>
/// The scaled scenario reproduces the national run per capita: the first 60 days of the replay (27 Feb – 26 Apr 2020:
/// the schedule's first six steps, the first temporary units, the first patients turned away) on the network and on
/// twice the network, with the inline kernel.
/// </summary>
public sealed class ScaledRunTests
{
    private const int Days = 60;

    // Measured with the replay's seed: admissions ×1.978, deaths ×2.021, COVID beds on the last day ×2.015 (seeds 1-3:
    // admissions ×2.00-2.03, deaths ×1.94-2.04: deaths, 1,395 in the national run, are the noisier count). The bands still
    // catch the scaling bugs that matter, each measured: demand not scaled gives admissions ×1.03 and deaths ×0.92;
    // the schedule's beds not scaled admissions ×1.83, deaths ×2.45, beds ×1.22; the staff pool not scaled beds ×1.66
    // (the ERC limit binds by late April); ventilator deliveries not scaled deaths ×2.23.
    private const double Tolerance = 0.05;
    private const double BedTolerance = 0.02;

    [Fact]
    public async Task Twice_the_network_admits_and_loses_twice_the_national_patients_in_twice_the_beds()
    {
        var national = ScenarioLoader.LoadFile(
            RepositoryRoot.Combine("scenarios", "national-2020.yaml"),
            [new ScenarioOverride("days", Days.ToString(CultureInfo.InvariantCulture))]).Scenario;

        var once = await TotalsAsync(national);
        var twice = await TotalsAsync(ScaledScenario.Of(national, 2));

        Assert.InRange(twice.Admitted / (double)once.Admitted, 2 * (1 - Tolerance), 2 * (1 + Tolerance));
        Assert.InRange(twice.Died / (double)once.Died, 2 * (1 - Tolerance), 2 * (1 + Tolerance));
        Assert.InRange(twice.CovidBeds / (double)once.CovidBeds, 2 * (1 - BedTolerance), 2 * (1 + BedTolerance));
        Assert.True(once.Admitted > 5_000 && once.Died > 1_000, $"too few patients to compare: {once}");
    }

    // Admissions and deaths (in care and turned away) over the run; COVID beds on its last day.
    private static async Task<(long Admitted, long Died, long CovidBeds)> TotalsAsync(Scenario scenario)
    {
        long admitted = 0, died = 0, beds = 0;
        await using var engine = new InlineSimulator(scenario);
        for (var day = 0; day < scenario.Days; day++)
        {
            var result = await engine.StepAsync(day, TestContext.Current.CancellationToken);
            beds = result.Hospitals.Sum(h => (long)h.Beds.Total);
            foreach (var h in result.Hospitals)
            {
                admitted += h.Admitted.Total;
                died += h.Died.Total + h.TurnedAwayDeaths;
            }
        }

        return (admitted, died, beds);
    }
}
