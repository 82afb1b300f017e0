using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Staffing;

namespace Capacity.Domain.Tests.Staffing;

public sealed class ErcRequirementTests
{
    private static readonly (HospitalType, LevelCounts)[] Three =
    [
        (HospitalType.SecondLevel, new(10, 0)),
        (HospitalType.SecondLevel, new(20, 6)),
        (HospitalType.Umae, new(12, 0)),
    ];

    [Fact]
    public void With_hospital_rounding_each_hospital_staffs_its_own_24_bed_blocks()
    {
        // 10, 26 and 12 beds: 1 + 2 + 1 blocks × 4.5 shift groups.
        Assert.Equal([4.5, 9.0, 4.5], ErcRequirement.ByHospital(Three, TeamRounding.Hospital).AsEnumerable());
        Assert.Equal(18.0, ErcRequirement.Ooad(Three, TeamRounding.Hospital));
    }

    [Fact]
    public void With_ooad_rounding_the_blocks_are_rounded_once_on_the_ooads_total_and_shared_in_proportion_to_beds()
    {
        // 48 beds = 2 blocks = 9 teams, shared 10 : 26 : 12.
        var shares = ErcRequirement.ByHospital(Three, TeamRounding.Ooad);

        Assert.Equal(9.0, ErcRequirement.Ooad(Three, TeamRounding.Ooad));
        Assert.Equal([9.0 * 10 / 48, 9.0 * 26 / 48, 9.0 * 12 / 48], shares.AsEnumerable());
        Assert.Equal(9.0, shares.Sum(), 9);
    }

    [Fact]
    public void The_seeds_13321_beds_need_the_2497_teams_only_when_rounded_on_a_large_total()
    {
        // One block rounding on the national total gives ⌈13,321 ÷ 24⌉ × 4.5 = 556 × 4.5 = 2,502 (seed 003 L2106-2116: 2,497).
        Assert.Equal(2502, ErcRequirement.Ooad([(HospitalType.SecondLevel, new LevelCounts(13_321, 0))], TeamRounding.Ooad));
    }

    [Theory]
    [InlineData(TeamRounding.Hospital)]
    [InlineData(TeamRounding.Ooad)]
    public void Imss_bienestar_rural_hospitals_draw_no_erc_teams(TeamRounding rounding)
    {
        (HospitalType, LevelCounts)[] hospitals = [(HospitalType.RuralBienestar, new(30, 0)), (HospitalType.SecondLevel, new(24, 0))];

        Assert.Equal([0.0, 4.5], ErcRequirement.ByHospital(hospitals, rounding).AsEnumerable());
        Assert.Equal(0, ErcRequirement.ChargedBeds(HospitalType.RuralBienestar, new(30, 0), rounding));
        Assert.True(ErcRequirement.DrawsOnPool(HospitalType.TemporaryUnit));
    }

    [Fact]
    public void Charged_beds_are_whole_blocks_per_hospital_or_the_beds_themselves_per_ooad()
    {
        Assert.Equal(48, ErcRequirement.ChargedBeds(HospitalType.SecondLevel, new(25, 0), TeamRounding.Hospital));
        Assert.Equal(25, ErcRequirement.ChargedBeds(HospitalType.SecondLevel, new(25, 0), TeamRounding.Ooad));
        Assert.Equal(0, ErcRequirement.ChargedBeds(HospitalType.SecondLevel, default, TeamRounding.Hospital));
        Assert.Equal(9.0, ErcRequirement.ForCharged(25));
    }
}
