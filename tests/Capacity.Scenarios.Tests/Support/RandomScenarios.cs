using System.Collections.Immutable;
using Bogus;
using Capacity.Domain.Capacity;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;

namespace Capacity.Scenarios.Tests.Support;

/// <summary>Valid scenarios with arbitrary in-range values, for round-trip tests; seeded, so failures reproduce.</summary>
internal static class RandomScenarios
{
    private static readonly string[] MiniOoads = ["ags", "cdmx-norte", "nay", "yuc"];

    public static Scenario Create(Scenario template, int seed)
    {
        var random = new Randomizer(seed);
        var waves = Waves(random);
        var regions = random.Shuffle(MiniOoads).Take(random.Int(0, MiniOoads.Length))
            .Select(code => KeyValuePair.Create(code, new RegionalDemand(random.Double(0, 20), random.Int(-180, 180))));
        return template with
        {
            Name = random.Bool() ? random.String2(random.Int(1, 12), "0123456789") : "s-" + random.AlphaNumeric(8).ToLowerInvariant(),
            Description = random.String2(random.Int(0, 40), "abc \"'\\:#-[]{}\n\tñáé"),
            Seed = random.Long(0, long.MaxValue),
            Start = new DateOnly(2020, 1, 1).AddDays(random.Int(0, 3000)),
            Days = random.Int(1, 3660),
            Demand = new WaveDemandSettings(
                random.Double(), random.Double(), random.Double(), waves, ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, regions)),
            Care = new CareSettings(Level(random), Level(random), random.Int(5, 365)),
            Capacity = new CapacitySettings(Tiers(random), Tiers(random)),
            Supply = Supply(random),
            Outputs = random.Bool() ? [OutputFormat.Csv] : [OutputFormat.Parquet, OutputFormat.Csv],
        };
    }

    private static ImmutableArray<Wave> Waves(Randomizer random)
    {
        // Shares are k/8 so they sum to exactly 1 in binary.
        var count = random.Int(1, 4);
        var eighths = Enumerable.Repeat(1, count).ToArray();
        for (var left = 8 - count; left > 0; left--)
        {
            eighths[random.Int(0, count - 1)]++;
        }

        return [.. eighths.Select(e => new Wave(new DateOnly(2020, 1, 1).AddDays(random.Int(0, 700)), random.Double(0.01, 365), e / 8.0))];
    }

    private static LevelCare Level(Randomizer random) =>
        new(random.Double(0.5, 120), random.Double(0.05, 3), random.Double(), random.Double());

    private static TierShares Tiers(Randomizer random) => new(random.Double(), random.Double(), random.Double());

    private static SupplySettings Supply(Randomizer random)
    {
        var items = SupplyItems.All.Select(item => new ItemSettings(
            item, random.Double(0, 1000), random.Double(0, 1000), random.Double(0, 1000), random.Long(0, long.MaxValue)));
        var point = random.Double(0, 180);
        return new SupplySettings(
            [.. items],
            new ReorderRule(point, point + random.Double(0, 180)),
            new ReorderRule(point / 2, point),
            new ReorderRule(0, 0),
            new LeadTimes(random.Int(1, 365), random.Int(1, 365), random.Int(1, 365)),
            new InitialStock(random.Double(0, 3650), random.Double(0, 3650), random.Double(0, 3650)),
            random.Int(1, 90));
    }
}
