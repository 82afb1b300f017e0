using System.Collections.Immutable;
using Capacity.Domain.Capacity;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Tests.Support;
using FsCheck;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Capacity;

public sealed class CovidBedPlanTests
{
    private static readonly CapacitySettings Shares = new(new TierShares(0.5, 0.4, 0.36), new TierShares(0.44, 0.44, 0), 0.05, new TierShares(0.676, 0.676, 0.67));

    [Fact]
    public void Each_tier_converts_its_rounded_share_and_spreads_it_by_census_beds()
    {
        var network = Network(("sl-a", HospitalType.SecondLevel, 100), ("sl-b", HospitalType.SecondLevel, 110), ("sl-c", HospitalType.SecondLevel, 130),
            ("umae-a", HospitalType.Umae, 200), ("umae-b", HospitalType.Umae, 300), ("rural-a", HospitalType.RuralBienestar, 30), ("rural-b", HospitalType.RuralBienestar, 50));

        var beds = CovidBedPlan.Allocate(network, Shares);

        // Second level: 340 × 0.4 = 136 COVID beds (40, 44, 52); 136 × 0.44 = 59.84 → 60 ICU (17.6, 19.4, 22.9 → 18, 19, 23).
        // UMAE: 500 × 0.5 = 250 (100, 150), 110 ICU (44, 66). Rural: 80 × 0.36 = 28.8 → 29 (10.9, 18.1 → 11, 18), no ICU.
        Assert.Equal(
            new Dictionary<string, LevelCounts>
            {
                ["rural-a"] = new(11, 0),
                ["rural-b"] = new(18, 0),
                ["sl-a"] = new(22, 18),
                ["sl-b"] = new(25, 19),
                ["sl-c"] = new(29, 23),
                ["umae-a"] = new(56, 44),
                ["umae-b"] = new(84, 66),
            },
            beds);
    }

    [Fact]
    public void A_zero_share_converts_no_beds()
    {
        var network = TestScenarios.Network();
        var none = new CapacitySettings(new TierShares(0, 0, 0), new TierShares(0.5, 0.5, 0.5), 0.05, new TierShares(0.676, 0.676, 0.67));

        var beds = CovidBedPlan.Allocate(network, none);

        Assert.Equal(network.Hospitals.Length, beds.Count);
        Assert.All(beds.Values, b => Assert.Equal(default, b));
    }

    [Property(MaxTest = 200)]
    public void Tier_totals_are_the_rounded_shares_and_icu_beds_fit_in_each_hospitals_covid_beds(
        NonEmptyArray<PositiveInt> censusBeds,
        byte covidPercent,
        byte icuPercent)
    {
        var network = Network(censusBeds.Get.Select((b, i) => ($"h{i:D3}", (HospitalType)(i % 3), b.Get % 500)).ToArray());
        var covidShare = covidPercent % 101 / 100.0;
        var icuShare = icuPercent % 101 / 100.0;
        var capacity = new CapacitySettings(
            new TierShares(covidShare, covidShare, covidShare), new TierShares(icuShare, icuShare, icuShare), 0.05, new TierShares(0.676, 0.676, 0.67));

        var beds = CovidBedPlan.Allocate(network, capacity);

        foreach (var tier in Enum.GetValues<HospitalType>())
        {
            var hospitals = network.Hospitals.Where(h => h.Type == tier).ToArray();
            var covid = hospitals.Sum(h => beds[h.Id].Total);
            Assert.Equal((long)Math.Round(hospitals.Sum(h => h.CensusBeds) * covidShare, MidpointRounding.AwayFromZero), covid);
            Assert.Equal((long)Math.Round(covid * icuShare, MidpointRounding.AwayFromZero), hospitals.Sum(h => beds[h.Id].Icu));
        }

        Assert.All(beds.Values, b => Assert.True(b.Ward >= 0 && b.Icu >= 0));
        Assert.All(network.Hospitals, h => Assert.InRange(beds[h.Id].Total, 0, h.CensusBeds));
    }

    private static HospitalNetwork Network(params (string Id, HospitalType Type, int CensusBeds)[] hospitals) =>
        new(
            "plan",
            [new Ooad("o01", "OOAD 1", "State 1", 1_000)],
            hospitals.OrderBy(h => h.Id, StringComparer.Ordinal)
                .Select(h => new Hospital(h.Id, h.Id, "o01", h.Type, h.CensusBeds, "wh-o01"))
                .ToImmutableArray(),
            [new Warehouse("central", "Central", WarehouseKind.Central, null, null), new Warehouse("wh-o01", "o01", WarehouseKind.Ooad, "o01", "central")]);
}
