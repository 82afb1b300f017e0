using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Staffing;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Staffing;

public sealed class StaffOnDutyTests
{
    private static readonly StaffingSettings Settings = new(true, 100, [], 0, InfectionAbsence: 0.01);

    [Fact]
    public void Infections_take_the_absence_rate_times_the_covid_census_from_the_teams_on_duty()
    {
        // 50 teams, 300 COVID patients × 0.01 = 3 teams absent.
        Assert.Equal(47, StaffOnDuty.Teams(Settings, 50, 300), 9);
    }

    [Fact]
    public void Infection_absence_never_leaves_fewer_than_zero_teams()
    {
        Assert.Equal(0, StaffOnDuty.Teams(Settings, 5, 10_000));
    }

    [Fact]
    public void Without_infection_absence_the_share_is_on_duty_unchanged()
    {
        Assert.Equal(37, StaffOnDuty.Teams(Settings with { InfectionAbsence = 0 }, 37, 5_000));
    }

    [Fact]
    public void The_census_counts_only_hospitals_that_draw_on_the_erc_pool()
    {
        (HospitalType, LevelCounts)[] hospitals =
            [(HospitalType.SecondLevel, new(10, 2)), (HospitalType.RuralBienestar, new(40, 0)), (HospitalType.TemporaryUnit, new(3, 1))];

        Assert.Equal(16, StaffOnDuty.Census(hospitals));
    }

    [Fact]
    public void Teams_on_duty_cover_every_requirement_while_they_suffice()
    {
        Assert.Equal([4.5, 9.0, 0.0], StaffOnDuty.ByHospital(20, [4.5, 9.0, 0.0]).AsEnumerable());
    }

    [Fact]
    public void Short_teams_are_shared_in_proportion_to_requirements()
    {
        // 9 teams for 4.5 + 13.5 = 18 required: half of each.
        Assert.Equal([2.25, 6.75], StaffOnDuty.ByHospital(9, [4.5, 13.5]).AsEnumerable());
        Assert.Equal([0.0, 0.0], StaffOnDuty.ByHospital(9, [0.0, 0.0]).AsEnumerable());
    }

    [Property(MaxTest = 200)]
    public void Apportioned_teams_never_exceed_a_requirement_and_sum_to_what_is_on_duty_or_required(byte[] halves, ushort onDuty)
    {
        var required = halves.Take(8).Select(h => h / 2.0).ToArray();

        var shares = StaffOnDuty.ByHospital(onDuty / 4.0, required);

        Assert.All(shares.Zip(required), p => Assert.InRange(p.First, 0, p.Second));
        Assert.Equal(Math.Min(onDuty / 4.0, required.Sum()), shares.Sum(), 6);
    }
}
