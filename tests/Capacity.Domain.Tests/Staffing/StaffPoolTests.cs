using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Staffing;
using FsCheck.Xunit;

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

    [Fact]
    public void The_planned_beds_split_weighs_each_ooad_by_the_most_covid_beds_its_erc_staffed_hospitals_are_planned_to_run()
    {
        var network = Network();
        var reference = new Dictionary<string, LevelCounts>
        {
            ["a-1"] = new(30, 10), ["a-rural"] = new(500, 0), ["b-1"] = new(20, 0), ["c-1"] = default,
        };

        var weights = StaffPool.Weights(StaffSplit.PlannedBeds, network, id => reference[id]);

        Assert.Equal([40.0, 20.0, 0.0], weights.AsEnumerable());
        Assert.Equal([90, 45, 0], StaffPool.ByOoad(Settings, weights, new DateOnly(2020, 5, 1)).AsEnumerable());
    }

    [Fact]
    public void Without_any_covid_beds_planned_the_planned_beds_split_falls_back_to_census_beds()
    {
        var weights = StaffPool.Weights(StaffSplit.PlannedBeds, Network(), _ => default);

        Assert.Equal(StaffPool.Weights(StaffSplit.CensusBeds, Network(), _ => default), weights);
        Assert.Equal([100.0, 50.0, 10.0], weights.AsEnumerable());
    }

    [Fact]
    public void The_affiliates_split_is_the_first_models_split()
    {
        var network = Network();
        var weights = StaffPool.Weights(StaffSplit.Affiliates, network, _ => default);
        var date = new DateOnly(2020, 4, 7);

        Assert.Equal(StaffPool.ByOoad(Settings, network.Ooads, date), StaffPool.ByOoad(Settings, weights, date));
    }

    [Property(MaxTest = 200)]
    public void Every_split_hands_out_exactly_the_national_pool_in_whole_teams(byte[] beds, bool byCensus)
    {
        var network = Network();
        var reference = network.Hospitals.Select((h, i) => (h.Id, Beds: i < beds.Length ? beds[i] : 0)).ToDictionary(p => p.Id, p => new LevelCounts(p.Beds, 0));
        var weights = StaffPool.Weights(byCensus ? StaffSplit.CensusBeds : StaffSplit.PlannedBeds, network, id => reference[id]);

        var shares = StaffPool.ByOoad(Settings, weights, new DateOnly(2020, 5, 1));

        Assert.Equal(135, shares.Sum());
        Assert.All(shares, s => Assert.True(s >= 0));
    }

    /// <summary>Three OOADs: a (a second-level hospital of 100 census beds and a rural one), b (50 beds), c (a temporary unit, 10).</summary>
    private static HospitalNetwork Network() => new(
        "split",
        [new("a", "A", "A", 1_000), new("b", "B", "B", 1_000), new("c", "C", "C", 4_000)],
        [
            new("a-1", "A1", "a", HospitalType.SecondLevel, 100, "wh-a"),
            new("a-rural", "A rural", "a", HospitalType.RuralBienestar, 300, "wh-a"),
            new("b-1", "B1", "b", HospitalType.Umae, 50, "wh-a"),
            new("c-1", "C1", "c", HospitalType.TemporaryUnit, 10, "wh-a"),
        ],
        [new("central", "Central", WarehouseKind.Central, null, null), new("wh-a", "A", WarehouseKind.Ooad, "a", "central")]);
}
