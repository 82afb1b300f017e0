using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Random;

namespace Capacity.Domain.Tests.Care;

public sealed class CohortFlowTests
{
    private static readonly StayHazards LeaveNow = new([1.0, 1.0, 1.0, 1.0]);

    [Fact]
    public void Hazard_one_empties_every_cohort_and_discharges_everyone_when_nobody_dies()
    {
        var (stay, outcome) = Rngs();

        var result = CohortFlow.Depart([3, 2, 1, 0], LeaveNow, 0.0, ref stay, ref outcome);

        Assert.Equal([0, 0, 0, 0], result.Cohorts);
        Assert.Equal(6, result.Discharged);
        Assert.Equal(0, result.Died);
    }

    [Fact]
    public void Every_leaver_dies_when_the_death_rate_is_one()
    {
        var (stay, outcome) = Rngs();

        var result = CohortFlow.Depart([3, 2, 1, 0], LeaveNow, 1.0, ref stay, ref outcome);

        Assert.Equal(0, result.Discharged);
        Assert.Equal(6, result.Died);
    }

    [Fact]
    public void Hazard_zero_ages_every_cohort_by_one_day_and_the_last_day_lets_everyone_go()
    {
        var hazards = new StayHazards([0.0, 0.0, 0.0, 1.0]);
        var (stay, outcome) = Rngs();

        var result = CohortFlow.Depart([5, 4, 3, 2], hazards, 0.5, ref stay, ref outcome);

        Assert.Equal([0, 5, 4, 3], result.Cohorts);
        Assert.Equal(2, result.Discharged + result.Died);
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(2L)]
    [InlineData(3L)]
    public void Patients_are_conserved_and_no_cohort_grows_while_ageing(long seed)
    {
        int[] before = [40, 31, 22, 17, 9, 5, 3, 1, 0, 2];
        var hazards = StayHazards.Gamma(5, 0.7, before.Length);
        var (stay, outcome) = Rngs(seed);

        var result = CohortFlow.Depart([.. before], hazards, 0.2, ref stay, ref outcome);

        Assert.Equal(before.Sum(), CohortFlow.Census(result.Cohorts) + result.Discharged + result.Died);
        Assert.Equal(0, result.Cohorts[0]);
        for (var completed = 0; completed + 1 < before.Length; completed++)
        {
            Assert.InRange(result.Cohorts[completed + 1], 0, before[completed]);
        }
    }

    [Fact]
    public void Admit_adds_to_the_first_cohort_only()
    {
        ImmutableArray<int> cohorts = [1, 2, 3];

        var admitted = CohortFlow.Admit(cohorts, 4);

        Assert.Equal([5, 2, 3], admitted);
        Assert.Equal(10, CohortFlow.Census(admitted));
    }

    [Fact]
    public void Empty_has_one_zero_cohort_per_stay_day()
    {
        var empty = CohortFlow.Empty(7);

        Assert.Equal(new int[7], empty);
    }

    private static (CounterRng Stay, CounterRng Outcome) Rngs(long seed = 1) =>
        (CounterRng.For(seed, "h1", 0, RngStream.Stay), CounterRng.For(seed, "h1", 0, RngStream.Outcome));
}
