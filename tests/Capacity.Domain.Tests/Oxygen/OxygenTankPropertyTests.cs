using Capacity.Domain.Care;
using Capacity.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Oxygen;

/// <summary>A hospital's oxygen ledger over random days of arrivals and partial deliveries of what it ordered.</summary>
public sealed class OxygenTankPropertyTests
{
    [Property(Arbitrary = new[] { typeof(TankCases) }, MaxTest = 150)]
    public void Received_is_consumed_or_kept_and_the_store_is_never_negative_nor_above_its_capacity(TankCase tankCase)
    {
        var parameters = OxygenBench.Parameters(deathRate: 0.1, excessDeathRate: 0.4);
        var bench = OxygenBench.Bench(new LevelCounts(10, 4), parameters, HospitalBench.LeaveAfterOneDay, onHand: tankCase.OnHand);
        var capacity = bench.State.Oxygen!.Value.Capacity;
        foreach (var (arrivals, share) in tankCase.Days)
        {
            var before = bench.State.Oxygen!.Value;
            var delivered = (long)Math.Floor(before.OnOrder * share);
            var line = bench.StepWithOxygen(arrivals, delivered).Report.Oxygen!;
            var after = bench.State.Oxygen!.Value;

            Assert.Equal(delivered, line.Received);
            Assert.Equal(line.Received - line.Consumed, after.OnHand - before.OnHand);
            Assert.Equal(line.Demand, line.Consumed + line.Shortfall);
            Assert.InRange(after.OnHand, 0, capacity);
            Assert.InRange(after.OnHand + after.OnOrder, 0, capacity);
            Assert.Equal(before.OnOrder - delivered + line.Ordered, after.OnOrder);
        }
    }

    /// <summary>Litres on hand on day 0 (at most the capacity, 880 L) and each day's arrivals and delivered share of what is on order.</summary>
    public sealed record TankCase(long OnHand, (LevelCounts Arrivals, double DeliveredShare)[] Days);

    /// <summary>Random ledgers.</summary>
    public static class TankCases
    {
        public static Arbitrary<TankCase> Cases()
        {
            var day = from ward in Gen.Choose(0, 14)
                      from icu in Gen.Choose(0, 6)
                      from share in Gen.Elements(0.0, 0.0, 0.3, 0.5, 1.0)
                      select (new LevelCounts(ward, icu), share);
            return (from onHand in Gen.Choose(0, 880)
                    from days in Gen.Choose(1, 25)
                    from list in day.ArrayOf(days)
                    select new TankCase(onHand, list))
                .ToArbitrary();
        }
    }
}
