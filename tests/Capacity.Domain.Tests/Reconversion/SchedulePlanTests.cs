using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Tests.Support;
using FsCheck;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Reconversion;

public sealed class SchedulePlanTests
{
    private static readonly HospitalNetwork Network = ReconversionBench.Network(
        ("umae-a", HospitalType.Umae, 300),
        ("sl-a", HospitalType.SecondLevel, 200),
        ("sl-b", HospitalType.SecondLevel, 150),
        ("sl-c", HospitalType.SecondLevel, 100),
        ("sl-d", HospitalType.SecondLevel, 100),
        ("rural-a", HospitalType.RuralBienestar, 500),
        ("tmp-a", HospitalType.TemporaryUnit, 40),
        ("tmp-b", HospitalType.TemporaryUnit, 30));

    private static readonly ScheduleStep PhaseI = new(new DateOnly(2020, 4, 1), ReconversionPhase.PhaseI, 3, 65, 0);

    [Fact]
    public void Steps_select_the_largest_umae_and_second_level_hospitals_and_nest_phases()
    {
        var settings = Settings(
            new ScheduleStep(new DateOnly(2020, 2, 27), ReconversionPhase.Scenario1, 2, 0, 0),
            new ScheduleStep(new DateOnly(2020, 3, 24), ReconversionPhase.Scenario2, 3, 0, 0),
            PhaseI);

        var plan = SchedulePlan.Build(Network, settings);

        // The rural hospital is the largest but IMSS-BIENESTAR; 65 beds over 300/200/150 census beds = 30/20/15,
        // a quarter ICU rounded half away from zero: 7.5 → 8, 5, 3.75 → 4.
        Assert.Equal(
            [
                new("sl-a", new DateOnly(2020, 2, 27), new(0, 0), ReconversionPhase.Scenario1, HospitalRole.Reference),
                new("umae-a", new DateOnly(2020, 2, 27), new(0, 0), ReconversionPhase.Scenario1, HospitalRole.Reference),
                new("sl-a", new DateOnly(2020, 3, 24), new(0, 0), ReconversionPhase.Scenario2, HospitalRole.Reference),
                new("sl-b", new DateOnly(2020, 3, 24), new(0, 0), ReconversionPhase.Scenario2, HospitalRole.Reference),
                new("umae-a", new DateOnly(2020, 3, 24), new(0, 0), ReconversionPhase.Scenario2, HospitalRole.Reference),
                new("sl-a", new DateOnly(2020, 4, 1), new(15, 5), ReconversionPhase.PhaseI, HospitalRole.Hybrid),
                new("sl-b", new DateOnly(2020, 4, 1), new(11, 4), ReconversionPhase.PhaseI, HospitalRole.Hybrid),
                new("umae-a", new DateOnly(2020, 4, 1), new(22, 8), ReconversionPhase.PhaseI, HospitalRole.Hybrid),
            ],
            plan.AsEnumerable());
    }

    [Fact]
    public void Phase_III_exclusive_hospitals_are_the_largest_second_level_ones_and_take_all_their_census_beds()
    {
        var phaseIII = new ScheduleStep(new DateOnly(2020, 4, 20), ReconversionPhase.PhaseIII, 4, 420, 2);

        var plan = SchedulePlan.Build(Network, Settings(PhaseI, phaseIII));

        // sl-a and sl-b take 200 + 150; the larger UMAE stays hybrid. The other 70 go to umae-a and sl-c by
        // 300:100 = 52.5:17.5; the tied remainder goes to the higher-ranked umae-a.
        Assert.Equal(
            [
                new("sl-a", phaseIII.Date, new(150, 50), ReconversionPhase.PhaseIII, HospitalRole.CovidExclusive),
                new("sl-b", phaseIII.Date, new(112, 38), ReconversionPhase.PhaseIII, HospitalRole.CovidExclusive),
                new("sl-c", phaseIII.Date, new(13, 4), ReconversionPhase.PhaseIII, HospitalRole.Hybrid),
                new("umae-a", phaseIII.Date, new(40, 13), ReconversionPhase.PhaseIII, HospitalRole.Hybrid),
            ],
            plan.Where(c => c.Date == phaseIII.Date));
    }

    [Fact]
    public void Step_beds_are_split_by_largest_remainder_and_sum_to_the_target()
    {
        var step = new ScheduleStep(new DateOnly(2020, 4, 10), ReconversionPhase.PhaseII, 3, 100, 0);

        var plan = SchedulePlan.Build(Network, Settings(step));

        // 100 × 300/650, 200/650, 150/650 = 46.15, 30.77, 23.08 → 46, 31, 23.
        Assert.Equal(
            [
                new("sl-a", step.Date, new(23, 8), ReconversionPhase.PhaseII, HospitalRole.Hybrid),
                new("sl-b", step.Date, new(17, 6), ReconversionPhase.PhaseII, HospitalRole.Hybrid),
                new("umae-a", step.Date, new(34, 12), ReconversionPhase.PhaseII, HospitalRole.Hybrid),
            ],
            plan.AsEnumerable());
    }

    [Property(MaxTest = 200)]
    public void Step_beds_sum_exactly_to_the_target_and_fit_each_hospitals_census_beds(
        NonEmptyArray<PositiveInt> censusBeds,
        byte selectedPercent,
        byte exclusivePercent,
        byte hybridPercent)
    {
        var network = ReconversionBench.Network(
            [.. censusBeds.Get.Select((b, i) => ($"h{i:D3}", i % 3 == 0 ? HospitalType.Umae : HospitalType.SecondLevel, b.Get % 400))]);
        var ranked = network.Hospitals.OrderByDescending(h => h.CensusBeds).ThenBy(h => h.Id, StringComparer.Ordinal).ToArray();
        var selected = ranked.Take(ranked.Length * (selectedPercent % 101) / 100).ToArray();
        var secondLevel = selected.Where(h => h.Type == HospitalType.SecondLevel).ToArray();
        var exclusive = secondLevel.Take(secondLevel.Length * (exclusivePercent % 101) / 100).ToArray();
        var hybridRoom = selected.Except(exclusive).Sum(h => h.CensusBeds);
        var target = exclusive.Sum(h => h.CensusBeds) + hybridRoom * (hybridPercent % 101) / 100;
        var step = new ScheduleStep(new DateOnly(2020, 4, 20), ReconversionPhase.PhaseIII, selected.Length, target, exclusive.Length);

        var plan = SchedulePlan.Build(network, Settings(step));

        Assert.Equal(selected.Select(h => h.Id).Order(StringComparer.Ordinal), plan.Select(c => c.HospitalId));
        Assert.Equal(target, plan.Sum(c => c.Beds.Total));
        Assert.All(plan, c => Assert.InRange(c.Beds.Total, 0, network.Hospitals.Single(h => h.Id == c.HospitalId).CensusBeds));
        Assert.All(plan, c => Assert.True(c.Beds.Ward >= 0 && c.Beds.Icu >= 0));
        Assert.Equal(exclusive.Select(h => h.Id).Order(StringComparer.Ordinal), plan.Where(c => c.Role == HospitalRole.CovidExclusive).Select(c => c.HospitalId));
    }

    [Theory]
    [InlineData(30, 0.25, 22, 8)]
    [InlineData(10, 0.25, 7, 3)]
    [InlineData(9, 0.25, 7, 2)]
    [InlineData(40, 0, 40, 0)]
    public void Icu_beds_are_the_share_rounded_half_away_from_zero_and_ward_beds_the_rest(int beds, double share, int ward, int icu)
    {
        var split = SchedulePlan.Split(beds, share);

        Assert.Equal(new LevelCounts(ward, icu), split);
    }

    [Fact]
    public void A_later_step_emits_changes_only_for_hospitals_whose_state_changes()
    {
        var two = new ScheduleStep(new DateOnly(2020, 4, 10), ReconversionPhase.PhaseII, 2, 50, 0);
        var three = new ScheduleStep(new DateOnly(2020, 4, 15), ReconversionPhase.PhaseII, 3, 65, 0);

        var plan = SchedulePlan.Build(Network, Settings(two, three));

        // 65 over 300/200/150 keeps umae-a at 30 and sl-a at 20: only sl-b changes.
        Assert.Equal(
            [new("sl-b", three.Date, new(11, 4), ReconversionPhase.PhaseII, HospitalRole.Hybrid)],
            plan.Where(c => c.Date == three.Date));
    }

    [Fact]
    public void Hospitals_left_out_of_a_later_step_hand_all_their_covid_beds_back()
    {
        var three = new ScheduleStep(new DateOnly(2020, 4, 10), ReconversionPhase.PhaseII, 3, 65, 0);
        var two = new ScheduleStep(new DateOnly(2020, 8, 1), ReconversionPhase.PhaseII, 2, 50, 0);

        var plan = SchedulePlan.Build(Network, Settings(three, two));

        Assert.Equal(
            [new("sl-b", two.Date, new(0, 0), ReconversionPhase.Reverted, HospitalRole.NonCovid)],
            plan.Where(c => c.Date == two.Date));
    }

    [Fact]
    public void Temporary_units_open_with_all_their_census_beds_and_close_on_their_dates()
    {
        var settings = Settings(PhaseI) with
        {
            TemporaryUnits =
            [
                new TemporaryUnitPlan("tmp-a", new DateOnly(2020, 5, 13), new DateOnly(2020, 7, 1), HospitalRole.Expansion, 0.2),
                new TemporaryUnitPlan("tmp-b", new DateOnly(2020, 3, 30), null, HospitalRole.Convalescence, 0),
            ],
        };

        var plan = SchedulePlan.Build(Network, settings);

        Assert.Equal(
            [
                new("tmp-b", new DateOnly(2020, 3, 30), new(30, 0), ReconversionPhase.PhaseIII, HospitalRole.Convalescence),
                new("sl-a", PhaseI.Date, new(15, 5), ReconversionPhase.PhaseI, HospitalRole.Hybrid),
                new("sl-b", PhaseI.Date, new(11, 4), ReconversionPhase.PhaseI, HospitalRole.Hybrid),
                new("umae-a", PhaseI.Date, new(22, 8), ReconversionPhase.PhaseI, HospitalRole.Hybrid),
                new("tmp-a", new DateOnly(2020, 5, 13), new(32, 8), ReconversionPhase.PhaseIII, HospitalRole.Expansion),
                new("tmp-a", new DateOnly(2020, 7, 1), new(0, 0), ReconversionPhase.Reverted, HospitalRole.NonCovid),
            ],
            plan.AsEnumerable());
    }

    [Fact]
    public void A_temporary_unit_plan_naming_a_permanent_hospital_is_rejected()
    {
        var settings = Settings() with
        {
            TemporaryUnits = [new TemporaryUnitPlan("sl-a", new DateOnly(2020, 5, 13), null, HospitalRole.Temporary, 0.2)],
        };

        var error = Assert.Throws<ArgumentException>(() => SchedulePlan.Build(Network, settings));

        Assert.Contains("'sl-a'", error.Message);
    }

    [Theory]
    [InlineData(2, 501, 0)]
    [InlineData(4, 150, 1)]
    public void A_step_whose_beds_do_not_fit_its_hybrid_hospitals_is_rejected_naming_its_date(int hospitals, int beds, int exclusive)
    {
        var step = new ScheduleStep(new DateOnly(2020, 4, 20), ReconversionPhase.PhaseIII, hospitals, beds, exclusive);

        var error = Assert.Throws<ArgumentException>(() => SchedulePlan.Build(Network, Settings(step)));

        Assert.Contains("2020-04-20", error.Message);
    }

    [Fact]
    public void The_floor_is_each_hospitals_state_under_the_latest_step_before_Phase_III()
    {
        var phaseII = new ScheduleStep(new DateOnly(2020, 4, 10), ReconversionPhase.PhaseII, 3, 100, 0);
        var phaseIII = new ScheduleStep(new DateOnly(2020, 4, 20), ReconversionPhase.PhaseIII, 4, 420, 2);

        var floor = SchedulePlan.Floor(Network, Settings(PhaseI, phaseII, phaseIII));

        Assert.Equal(
            [
                new("sl-a", phaseII.Date, new(23, 8), ReconversionPhase.PhaseII, HospitalRole.Hybrid),
                new("sl-b", phaseII.Date, new(17, 6), ReconversionPhase.PhaseII, HospitalRole.Hybrid),
                new("umae-a", phaseII.Date, new(34, 12), ReconversionPhase.PhaseII, HospitalRole.Hybrid),
            ],
            floor.AsEnumerable());
    }

    [Fact]
    public void A_schedule_of_Phase_III_steps_only_has_no_floor()
    {
        var phaseIII = new ScheduleStep(new DateOnly(2020, 4, 20), ReconversionPhase.PhaseIII, 4, 420, 2);

        var floor = SchedulePlan.Floor(Network, Settings(phaseIII));

        Assert.Empty(floor);
    }

    private static ReconversionSettings Settings(params ScheduleStep[] steps) =>
        new(ReconversionPolicyKind.Schedule, 5, 0.25, [.. steps], [], null, new OccupancyTrigger(0.8, 0.3, 3, 50), new ForecastTrigger(14, 0.15, 24));
}
