using Capacity.Domain.Care;
using Capacity.Domain.Random;
using Capacity.Domain.Tests.Support;
using Capacity.Domain.Transfers;

namespace Capacity.Domain.Tests.Transfers;

public sealed class TransferSettlementTests
{
    [Fact]
    public void Transferred_patients_leave_the_turned_away_count_and_carry_no_turned_away_death()
    {
        var parameters = HospitalBench.Parameters(turnedAwayDeathRate: 1);
        var report = RegionalTransferPolicyTests.Full("o01-a", unplaced: new LevelCounts(5, 2));

        var settled = TransferSettlement.Settle(report, new LevelCounts(3, 2), parameters);

        Assert.Equal((new LevelCounts(2, 0), new LevelCounts(3, 2), 2), (settled.TurnedAway, settled.TransferredOut, settled.TurnedAwayDeaths));
    }

    [Fact]
    public void Turned_away_deaths_are_drawn_on_the_hospitals_own_stream_whoever_settles_the_day()
    {
        var parameters = HospitalBench.Parameters(turnedAwayDeathRate: 0.5);
        var report = RegionalTransferPolicyTests.Full("o01-a", unplaced: new LevelCounts(40, 9)) with { Day = 17 };

        var settled = TransferSettlement.Settle(report, default, parameters);

        var rng = CounterRng.For(parameters.Seed, "o01-a", 17, RngStream.TurnedAwayOutcome);
        var expected = Sampling.Binomial(ref rng, 40, parameters.Care.Ward.TurnedAwayDeathRate) + Sampling.Binomial(ref rng, 9, parameters.Care.Icu.TurnedAwayDeathRate);
        Assert.Equal(expected, settled.TurnedAwayDeaths);
        Assert.Equal(settled, TransferSettlement.Settle(report, default, parameters));
    }

    [Fact]
    public void A_hospital_cannot_transfer_out_more_patients_than_it_could_not_place()
    {
        var report = RegionalTransferPolicyTests.Full("o01-a", unplaced: new LevelCounts(1, 0));

        Assert.Throws<ArgumentOutOfRangeException>(() => TransferSettlement.Settle(report, new LevelCounts(2, 0), HospitalBench.Parameters()));
    }
}
