using Capacity.Domain.Capacity;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Capacity;

/// <summary>The bed-day model of non-COVID care displaced by COVID beds.</summary>
public sealed class NonCovidDisplacementTests
{
    private static readonly TierShares Occupancy = new(Umae: 0.676, SecondLevel: 0.676, RuralBienestar: 0.67);

    [Theory]
    [InlineData(HospitalType.SecondLevel, 100, 68)]
    [InlineData(HospitalType.SecondLevel, 125, 85)]
    [InlineData(HospitalType.Umae, 250, 169)]
    [InlineData(HospitalType.RuralBienestar, 30, 20)]
    [InlineData(HospitalType.TemporaryUnit, 100, 0)]
    public void Demand_is_the_tier_occupancy_of_the_census_beds_rounded_half_away_from_zero(HospitalType type, int censusBeds, int demand)
    {
        Assert.Equal(demand, NonCovidDisplacement.Demand(new Hospital("h", "H", "o01", type, censusBeds, "wh-o01"), Occupancy));
    }

    [Theory]
    [InlineData(HospitalType.SecondLevel, 100, 30, 8, 62)]
    [InlineData(HospitalType.SecondLevel, 100, 80, 30, 0)]
    [InlineData(HospitalType.RuralBienestar, 30, 11, 0, 19)]
    [InlineData(HospitalType.TemporaryUnit, 100, 0, 0, 0)]
    public void Capacity_is_the_census_beds_left_after_the_covid_beds(HospitalType type, int censusBeds, int ward, int icu, int capacity)
    {
        var hospital = new Hospital("h", "H", "o01", type, censusBeds, "wh-o01");

        Assert.Equal(capacity, NonCovidDisplacement.Capacity(hospital, new LevelCounts(ward, icu)));
    }

    [Theory]
    [InlineData(68, 62, 6)]
    [InlineData(68, 68, 0)]
    [InlineData(68, 90, 0)]
    [InlineData(0, 0, 0)]
    public void Deferred_bed_days_are_the_demand_above_capacity(int demand, int capacity, int deferred)
    {
        Assert.Equal(deferred, NonCovidDisplacement.Deferred(demand, capacity));
    }

    [Fact]
    public void Deferred_admissions_divide_deferred_bed_days_by_the_2019_mean_stay_of_5_24_days()
    {
        Assert.Equal((100.0, 0.0), (NonCovidDisplacement.DeferredAdmissions(524), NonCovidDisplacement.DeferredAdmissions(0)));
    }

    [Fact]
    public void A_hospital_day_reports_its_demand_and_the_care_its_covid_beds_defer_before_and_after_a_reconversion_order()
    {
        // 100 census beds at 0.676 → 68 bed-days; 38 COVID beds leave 62 (6 deferred), 12 leave 88 (none deferred).
        var bench = new HospitalBench(new LevelCounts(30, 8), HospitalBench.Parameters(), HospitalBench.StayForever);

        var before = bench.Step(default).Report;
        var after = bench.StepWithOrder(default, new LevelCounts(10, 2), ReconversionPhase.Reverted).Report;

        Assert.Equal((68, 6), (before.NonCovidDemandBedDays, before.DeferredBedDays));
        Assert.Equal((68, 0), (after.NonCovidDemandBedDays, after.DeferredBedDays));
    }

    [Fact]
    public void Patients_on_stretchers_take_no_non_covid_capacity()
    {
        var bench = new HospitalBench(new LevelCounts(30, 8), HospitalBench.Parameters(), HospitalBench.StayForever, ReconversionPhase.PhaseIII);

        var report = bench.Step(new LevelCounts(35, 0)).Report;

        Assert.Equal((5, 68, 6), (report.StretcherCensus, report.NonCovidDemandBedDays, report.DeferredBedDays));
    }
}
