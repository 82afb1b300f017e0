using Capacity.Domain.Care;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Supply;

namespace Capacity.Domain.Tests.Supply;

/// <summary>Stock-outs of the listed items send a share of an OOAD's ERC teams home.</summary>
public sealed class StockOutAbsenceTests
{
    [Fact]
    public void The_absent_share_is_the_effect_times_the_unmet_share_of_the_listed_items()
    {
        var settings = new StockOutAbsence([SupplyItem.N95Respirator], 0.5);

        // N95: 100 + 100 demanded, 50 + 50 unmet → half unmet → 25% absent; mask shortfalls do not count.
        var share = settings.AbsentShare([Report("h1", n95Demand: 100, n95Shortfall: 50), Report("h2", n95Demand: 100, n95Shortfall: 50)]);

        Assert.Equal(0.25, share, 1e-12);
        Assert.Equal(30.0, StockOutAbsence.Teams(settings, 40, [Report("h1", 100, 50), Report("h2", 100, 50)]));
    }

    [Fact]
    public void Without_effect_demand_or_a_staff_limit_the_teams_are_unchanged()
    {
        Assert.Equal(40.0, StockOutAbsence.Teams(StockOutAbsence.None, 40, [Report("h1", 100, 100)]));
        Assert.Equal(40.0, StockOutAbsence.Teams(new StockOutAbsence([SupplyItem.N95Respirator], 1), 40, [Report("h1", 0, 0)]));
        Assert.Null(StockOutAbsence.Teams(new StockOutAbsence([SupplyItem.N95Respirator], 1), null, [Report("h1", 100, 100)]));
    }

    [Fact]
    public void At_most_95_percent_of_the_teams_are_absent()
    {
        Assert.Equal(StockOutAbsence.MaxAbsentShare, new StockOutAbsence([SupplyItem.N95Respirator], 10).AbsentShare([Report("h1", 10, 10)]));
    }

    private static HospitalDayReport Report(string id, long n95Demand, long n95Shortfall) => new(
        0, id, "o01", default, default, default, default, default, default, 0, default,
        [.. SupplyItems.All.Select(item => item == SupplyItem.N95Respirator
            ? new HospitalStock(item, 0, 0, 0, n95Demand, n95Demand - n95Shortfall, n95Shortfall, 0)
            : new HospitalStock(item, 0, 0, 0, 10, 0, 10, 0))],
        ReconversionPhase.None, HospitalRole.Hybrid, 0, 0, 0, 0, 0, 0);
}
