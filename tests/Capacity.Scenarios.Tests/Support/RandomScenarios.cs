using System.Collections.Immutable;
using Bogus;
using Capacity.Domain.Capacity;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
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
            Care = new CareSettings(Level(random), Level(random), random.Int(5, 365), random.Double(), random.Double()),
            Capacity = new CapacitySettings(Tiers(random), Tiers(random), random.Double(), Tiers(random)),
            Supply = Supply(random),
            Outputs = random.Bool() ? [OutputFormat.Csv] : [OutputFormat.Parquet, OutputFormat.Csv],
            Reconversion = Reconversion(random, template.Network),
        };
    }

    private static ReconversionSettings Reconversion(Randomizer random, HospitalNetwork network)
    {
        var schedule = Schedule(random, network);
        var units = network.Hospitals
            .Where(h => h.Type == HospitalType.TemporaryUnit && random.Bool())
            .Select(h => Unit(random, h.Id))
            .ToImmutableArray();
        ReconversionPolicyKind[] policies = schedule.IsEmpty && units.IsEmpty
            ? [ReconversionPolicyKind.None, ReconversionPolicyKind.OccupancyTrigger, ReconversionPolicyKind.ForecastTrigger]
            : Enum.GetValues<ReconversionPolicyKind>();
        var below = random.Double(0, 0.5);
        var reversion = random.Bool()
            ? new Reversion(new DateOnly(2020, 1, 1).AddDays(random.Int(0, 700)), below, below + random.Double(0.01, 0.5), random.Int(1, 90))
            : null;
        var up = random.Double(0.01, 1);
        return new ReconversionSettings(
            random.ArrayElement(policies),
            random.Int(1, 120),
            random.Double(),
            schedule,
            units,
            reversion,
            new OccupancyTrigger(up, up * random.Double(0, 0.99), random.Int(1, 90), random.Int(1, 1000)),
            new ForecastTrigger(random.Int(0, 120), random.Double(0, 5), random.Int(1, 1000)));
    }

    // Steps without COVID-exclusive hospitals always fit when their beds are at most the census beds of the largest
    // hospitals they select (which hospitals tie does not change that sum).
    private static ImmutableArray<ScheduleStep> Schedule(Randomizer random, HospitalNetwork network)
    {
        var census = network.Hospitals
            .Where(h => h.Type is HospitalType.Umae or HospitalType.SecondLevel)
            .Select(h => h.CensusBeds)
            .OrderDescending()
            .ToList();
        var phases = Enum.GetValues<ReconversionPhase>().Where(p => p is > ReconversionPhase.None and < ReconversionPhase.Reverted).ToList();
        var date = new DateOnly(2020, 1, 1).AddDays(random.Int(0, 300));
        var phase = 0;
        var steps = ImmutableArray.CreateBuilder<ScheduleStep>();
        for (var i = random.Int(0, 4); i > 0; i--)
        {
            date = date.AddDays(random.Int(1, 60));
            phase = random.Int(phase, phases.Count - 1);
            var hospitals = random.Int(0, census.Count);
            steps.Add(new ScheduleStep(date, phases[phase], hospitals, random.Int(0, census.Take(hospitals).Sum()), 0));
        }

        return steps.ToImmutable();
    }

    private static TemporaryUnitPlan Unit(Randomizer random, string id)
    {
        var opens = new DateOnly(2020, 1, 1).AddDays(random.Int(0, 700));
        DateOnly? closes = random.Bool() ? opens.AddDays(random.Int(1, 200)) : null;
        var role = random.ArrayElement(new[] { HospitalRole.Temporary, HospitalRole.Expansion, HospitalRole.Convalescence });
        return new TemporaryUnitPlan(id, opens, closes, role, random.Double());
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
            item, random.Double(0, 1000), random.Double(0, 1000), random.Double(0, 1000), random.Long(0, long.MaxValue),
            random.Double(0, 1000), random.Double(0, 1e6)));
        var point = random.Double(0, 180);
        return new SupplySettings(
            [.. items],
            new ReorderRule(point, point + random.Double(0, 180)),
            new ReorderRule(point / 2, point),
            new ReorderRule(0, 0),
            new LeadTimes(random.Int(1, 365), random.Int(1, 365), random.Int(1, 365)),
            new InitialStock(random.Double(0, 3650), random.Double(0, 3650), random.Double(0, 3650)),
            random.Int(1, 90),
            random.Enum<SupplyPolicyKind>(),
            random.Double(0, 365),
            new StockOutAbsence([.. SupplyItems.All.Where(_ => random.Bool())], random.Double(0, 10)));
    }
}
