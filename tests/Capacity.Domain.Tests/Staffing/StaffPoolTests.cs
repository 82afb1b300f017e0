using Capacity.Domain.Network;
using Capacity.Domain.Staffing;

namespace Capacity.Domain.Tests.Staffing;

public sealed class StaffPoolTests
{
    private static readonly StaffingSettings Settings = new(
        true, 100, [new(new DateOnly(2020, 4, 1), 0), new(new DateOnly(2020, 4, 11), 50)], 0.1);

    [Theory]
    [InlineData("2020-03-01", 0)]
    [InlineData("2020-04-01", 0)]
    [InlineData("2020-04-05", 20)]
    [InlineData("2020-04-11", 50)]
    [InlineData("2020-12-31", 50)]
    public void Hires_are_linear_between_points_none_before_and_flat_after(string date, double hired) =>
        Assert.Equal(hired, StaffPool.Hired(Settings, DateOnly.Parse(date)), 9);

    [Fact]
    public void National_teams_are_base_plus_hires_less_the_absent_share_rounded_down()
    {
        // (100 + 20) × 0.9 = 108; (100 + 50) × 0.9 = 135; 100 × 0.9 = 90.
        Assert.Equal(108, StaffPool.National(Settings, new DateOnly(2020, 4, 5)));
        Assert.Equal(135, StaffPool.National(Settings, new DateOnly(2020, 5, 1)));
        Assert.Equal(90, StaffPool.National(Settings, new DateOnly(2020, 3, 1)));
    }

    [Fact]
    public void Ooad_shares_follow_affiliates_and_sum_to_the_national_pool()
    {
        Ooad[] ooads = [new("a", "A", "A", 2_000_000), new("b", "B", "B", 1_000_000), new("c", "C", "C", 0)];

        var shares = StaffPool.ByOoad(Settings, ooads, new DateOnly(2020, 5, 1));

        Assert.Equal([90, 45, 0], shares.AsEnumerable());
    }

    [Fact]
    public void Disabled_staffing_gives_no_limit()
    {
        Ooad[] ooads = [new("a", "A", "A", 1)];

        Assert.Null(StaffPool.Available(Settings with { Enabled = false }, ooads, new DateOnly(2020, 5, 1)));
        Assert.Null(StaffPool.Available(null, ooads, new DateOnly(2020, 5, 1)));
        Assert.Equal(135, StaffPool.Available(Settings, ooads, new DateOnly(2020, 5, 1))!["a"]);
    }
}
