using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Tests.Support;
using FsCheck;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Reconversion;

public sealed class ForecastTriggerPolicyTests
{
    private const int LeadDays = 7;

    private static readonly DateOnly Start = new(2020, 3, 1);

    private static readonly ForecastTrigger Trigger = new(14, 0.15, 24);

    /// <summary>h-a opens with 10 COVID beds; the temporary unit has the most census beds but is never converted.</summary>
    private static readonly HospitalNetwork Network = ReconversionBench.Network(
        ("h-a", HospitalType.SecondLevel, 100),
        ("h-b", HospitalType.SecondLevel, 120),
        ("r-a", HospitalType.RuralBienestar, 50),
        ("tmp-a", HospitalType.TemporaryUnit, 400));

    /// <summary>One wave peaking on day 30 (width 10 days): about 8 new patients a day at the peak, 200 in all.</summary>
    private static readonly WaveDemandSettings Demand = TestScenarios.Parameters(attackRate: 0.001).Demand;

    private static readonly CareSettings Care = TestScenarios.Parameters().Care;

    private static readonly CensusForecast Forecast = new(Demand, Care, Network.Ooads[0], Start);

    /// <summary>The census the wave brings to an OOAD with beds for everyone, by day (rounded per level).</summary>
    private static readonly ImmutableArray<LevelCounts> WaveCensus =
        [.. Forecast.Ahead(default, -1, 120).Skip(1).Select(c => new LevelCounts((int)Math.Round(c.Ward), (int)Math.Round(c.Icu)))];

    [Fact]
    public void Beds_are_ready_the_day_before_the_wave_outgrows_the_opening_beds_eleven_days_before_the_occupancy_trigger()
    {
        var forecast = Bench(new ForecastTriggerPolicy(Trigger, LeadDays, 0.2, Forecast));
        var occupancy = Bench(new OccupancyTriggerPolicy(new OccupancyTrigger(0.8, 0.3, 1, 24), LeadDays, 0.2));

        RunWave(forecast, 60, capped: true);
        RunWave(occupancy, 60, capped: true);

        // The wave's ICU census first exceeds h-a's 2 opening ICU beds on day 13. The forecast decides on day 5, so the
        // first block is ready on day 12; the occupancy trigger sees full beds on day 16, its block is ready on day 23.
        Assert.Equal(13, FirstDay(d => WaveCensus[d].Ward > 8 || WaveCensus[d].Icu > 2));
        Assert.Equal((5, 12), (forecast.Orders[0].Day, forecast.Orders[0].Order.DueDay));
        Assert.Equal((16, 23), (occupancy.Orders[0].Day, occupancy.Orders[0].Order.DueDay));
    }

    [Fact]
    public void Every_day_from_the_lead_time_on_the_beds_cover_the_census_the_wave_brings()
    {
        var bench = Bench(new ForecastTriggerPolicy(Trigger, LeadDays, 0.3, Forecast));

        RunWave(bench, 90, capped: false, check: day => day >= LeadDays);
    }

    [Fact]
    public void When_the_forecast_falls_blocks_are_reverted_last_in_first_out_and_the_opening_beds_stay()
    {
        var bench = Bench(new ForecastTriggerPolicy(Trigger, LeadDays, 0.2, Forecast));

        RunWave(bench, 120, capped: true);

        var converted = bench.Orders.Where(o => o.Order.Phase == ReconversionPhase.PhaseIII).Select(o => o.Order.HospitalId).ToList();
        var reverted = bench.Orders.Where(o => o.Order.Phase == ReconversionPhase.Reverted).Select(o => o.Order.HospitalId).ToList();
        Assert.Empty(bench.Memory.Blocks);
        Assert.Equal(Enumerable.Reverse(converted), reverted);
        Assert.All(bench.Orders, o => Assert.Equal(o.Day + LeadDays, o.Order.DueDay));
        Assert.Equal(new LevelCounts(8, 2), bench.Hospitals.Aggregate(default(LevelCounts), (sum, h) => sum + h.Beds));
    }

    [Fact]
    public void A_gap_larger_than_a_block_is_covered_the_same_day_by_as_few_blocks_as_cover_it()
    {
        var bench = Bench(new ForecastTriggerPolicy(Trigger with { Margin = 0 }, LeadDays, 0.25, Forecast));
        var today = new LevelCounts(60, 30);

        var decision = bench.Step(h => h.HospitalId == "h-a" ? today : default);

        var need = Forecast.Ahead(today, 0, LeadDays)[LeadDays];
        var planned = bench.Hospitals.Aggregate(
            default(LevelCounts), (sum, h) => sum + (decision.Memory.Planned.TryGetValue(h.HospitalId, out var p) ? p.Beds : h.Beds));
        var withoutLast = planned - decision.Memory.Blocks[^1].Beds;
        Assert.True(planned.Ward >= need.Ward && planned.Icu >= need.Icu, $"{planned} for {need}");
        Assert.True(withoutLast.Ward < need.Ward || withoutLast.Icu < need.Icu, $"{withoutLast} without the last block for {need}");
        Assert.Equal(decision.Changes.Select(c => c.HospitalId).Distinct().Order(StringComparer.Ordinal), decision.Changes.Select(c => c.HospitalId));
        Assert.DoesNotContain(decision.Changes, c => c.HospitalId == "tmp-a");
    }

    [Fact]
    public void An_ooad_whose_beds_cover_the_forecast_converts_nothing()
    {
        var quiet = new CensusForecast(Demand with { AttackRate = 0 }, Care, Network.Ooads[0], Start);
        var bench = Bench(new ForecastTriggerPolicy(Trigger, LeadDays, 0.2, quiet));

        bench.Run(30, 1.0);

        Assert.Empty(bench.Orders);
    }

    [Property(MaxTest = 100)]
    public void Planned_covid_beds_of_every_hospital_stay_within_its_census_beds(
        NonEmptyArray<byte> censusBeds,
        PositiveInt attackPerTenThousand,
        PositiveInt blockBeds,
        byte horizon,
        byte leadDays,
        byte icuPercent,
        byte marginPercent)
    {
        var network = ReconversionBench.Network(
            [.. censusBeds.Get.Take(6).Select((b, i) => ($"h{i}", (HospitalType)(i % 4), (int)b))]);
        var demand = Demand with { AttackRate = attackPerTenThousand.Get % 200 / 10_000.0 };
        var trigger = new ForecastTrigger(horizon % 30, marginPercent % 60 / 100.0, blockBeds.Get % 80 + 1);
        var lead = leadDays % 10 + 1;
        var policy = new ForecastTriggerPolicy(trigger, lead, icuPercent % 101 / 100.0, new CensusForecast(demand, Care, network.Ooads[0], Start));
        var opening = ReconversionBench.Snapshots(
            network, h => h.Type == HospitalType.TemporaryUnit ? default : SchedulePlan.Split(h.CensusBeds / 3, 0.25));
        var bench = new ReconversionBench(policy, opening, Start);
        var wave = new CensusForecast(demand, Care, network.Ooads[0], Start).Ahead(default, -1, 90);

        for (var day = 0; day < 90; day++)
        {
            var census = wave[day + 1];
            bench.Step(h => h.HospitalId == "h0" ? new LevelCounts((int)census.Ward, (int)census.Icu) : default);

            Assert.All(bench.Memory.Planned, p => Assert.True(
                p.Value.Beds.Ward >= 0 && p.Value.Beds.Icu >= 0
                && p.Value.Beds.Total <= network.Hospitals.Single(h => h.Id == p.Key).CensusBeds,
                $"{p.Key}: {p.Value.Beds}"));
            Assert.All(bench.Hospitals, h => Assert.InRange(h.Beds.Total, 0, h.CensusBeds));
        }
    }

    private static ReconversionBench Bench(IReconversionPolicy policy) =>
        new(policy, ReconversionBench.Snapshots(Network, h => h.Id == "h-a" ? new LevelCounts(8, 2) : default), Start);

    private static int FirstDay(Func<int, bool> condition) => Enumerable.Range(0, WaveCensus.Length).First(condition);

    /// <summary>
    /// Runs the wave's census in h-a: all of it, or (capped) at most the OOAD's COVID beds per level. With a check,
    /// asserts on the days it selects that the OOAD's beds hold the whole census of the wave.
    /// </summary>
    private static void RunWave(ReconversionBench bench, int days, bool capped, Func<int, bool>? check = null)
    {
        for (var day = 0; day < days; day++)
        {
            var wave = WaveCensus[day];
            var beds = default(LevelCounts);
            bench.Step(h =>
            {
                beds = bench.Hospitals.Aggregate(default(LevelCounts), (sum, s) => sum + s.Beds);
                var census = capped ? new LevelCounts(Math.Min(wave.Ward, beds.Ward), Math.Min(wave.Icu, beds.Icu)) : wave;
                return h.HospitalId == "h-a" ? census : default;
            });
            if (check?.Invoke(day) == true)
            {
                Assert.True(beds.Ward >= wave.Ward && beds.Icu >= wave.Icu, $"day {day}: {beds} beds for a census of {wave}");
            }
        }
    }
}
