using System.Collections.Immutable;
using Capacity.Domain.Capacity;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Domain.Transfers;

namespace Capacity.Domain.Tests.Support;

/// <summary>Small hand-made networks and parameters for domain tests.</summary>
public static class TestScenarios
{
    /// <summary>Parameters close to the seed defaults, with a single wave peaking on day 30.</summary>
    public static ModelParameters Parameters(long seed = 1, int days = 90, double attackRate = 0.01) => new(
        seed,
        new DateOnly(2020, 3, 1),
        days,
        new WaveDemandSettings(
            attackRate,
            0.20,
            0.30,
            [new Wave(new DateOnly(2020, 3, 31), 10, 1.0)],
            ImmutableSortedDictionary<string, RegionalDemand>.Empty.WithComparers(StringComparer.Ordinal)),
        new CareSettings(new LevelCare(5, 0.7, 0.12, 0.25), new LevelCare(10, 0.6, 0.55, 0.9), 60),
        new CapacitySettings(new TierShares(0.4, 0.4, 0.36), new TierShares(0.44, 0.44, 0), 0.05, new TierShares(0.676, 0.676, 0.67)),
        new SupplySettings(
            [
                new ItemSettings(SupplyItem.SurgicalMask, 5, 2.5, 0, 5_000),
                new ItemSettings(SupplyItem.N95Respirator, 3, 2.1, 0, 3_000),
                new ItemSettings(SupplyItem.GlovePair, 10.8, 6.8, 0, 10_000),
                new ItemSettings(SupplyItem.Gown, 5, 2.5, 0, 500),
                new ItemSettings(SupplyItem.Goggles, 0, 0, 0.9, 400),
                new ItemSettings(SupplyItem.FaceShield, 0, 0, 0.6, 300),
            ],
            new ReorderRule(7, 14),
            new ReorderRule(10, 21),
            new ReorderRule(21, 45),
            new LeadTimes(14, 3, 1),
            new InitialStock(7, 14, 30),
            7),
        NoReconversion);

    /// <summary>Reconversion switched off (capacity stays as the tier shares set it on day 0).</summary>
    public static ReconversionSettings NoReconversion { get; } =
        new(ReconversionPolicyKind.None, 7, 0.44, [], [], null, new OccupancyTrigger(0.8, 0.3, 3, 24), new ForecastTrigger(14, 0.15, 24));

    /// <summary>What an OOAD knows of a hospital, with the fields a test does not care about filled in.</summary>
    public static HospitalSnapshot Snapshot(string id, LevelCounts beds, LevelCounts census = default) =>
        new(id, beds, census, HospitalType.SecondLevel, 100, ReconversionPhase.None, HospitalRole.Hybrid, default);

    /// <summary>A second-level hospital of OOAD o01 and its opening beds (hybrid), for <see cref="OoadState.Open"/>.</summary>
    public static (Hospital Hospital, PlannedBeds Opening) Opening(string id, LevelCounts beds) =>
        (new Hospital(id, id, "o01", HospitalType.SecondLevel, 100, "wh-o01"), new PlannedBeds(beds, ReconversionPhase.None, HospitalRole.Hybrid));

    /// <summary>
    /// A network of <paramref name="ooads"/> OOADs with <paramref name="hospitalsPerOoad"/> second-level hospitals
    /// each (plus one UMAE in the first OOAD), one warehouse per OOAD, one UMAE warehouse and the central one.
    /// </summary>
    public static HospitalNetwork Network(int ooads = 3, int hospitalsPerOoad = 3, int beds = 100, long affiliates = 1_000_000)
    {
        var ooadList = Enumerable.Range(1, ooads)
            .Select(i => new Ooad($"o{i:D2}", $"OOAD {i}", $"State {i}", affiliates))
            .ToImmutableArray();
        var hospitals = ooadList
            .SelectMany(o => Enumerable.Range(1, hospitalsPerOoad)
                .Select(j => new Hospital($"{o.Code}-hgz-{j:D3}", $"HGZ {j}", o.Code, HospitalType.SecondLevel, beds + 10 * j, $"wh-{o.Code}")))
            .Append(new Hospital("o01-umae-01", "UMAE 1", "o01", HospitalType.Umae, beds * 3, "wh-o01-umae-01"))
            .OrderBy(h => h.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        var warehouses = ooadList
            .Select(o => new Warehouse($"wh-{o.Code}", $"Almacén {o.Code}", WarehouseKind.Ooad, o.Code, "central"))
            .Append(new Warehouse("wh-o01-umae-01", "Almacén UMAE 1", WarehouseKind.Umae, "o01", "central"))
            .Append(new Warehouse("central", "Almacén central", WarehouseKind.Central, null, null))
            .OrderBy(w => w.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new HospitalNetwork("test", ooadList, hospitals, warehouses);
    }

    /// <summary>
    /// Transfers over a network whose OOADs form a chain in code order (each borders the one before and after it).
    /// </summary>
    public static TransferSettings ChainTransfers(HospitalNetwork network, TransferPolicyKind policy, double reserveShare = 0)
    {
        var codes = network.Ooads.Select(o => o.Code).ToArray();
        var neighbours = codes.Select((code, i) => KeyValuePair.Create(
            code,
            codes.Where((_, j) => Math.Abs(i - j) == 1).ToImmutableArray()));
        return new TransferSettings(policy, reserveShare, ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, neighbours), 10, 7);
    }

    /// <summary>A whole scenario over <see cref="Network"/>.</summary>
    public static Scenario Scenario(long seed = 1, int days = 90, HospitalNetwork? network = null, ModelParameters? parameters = null)
    {
        var p = parameters ?? Parameters(seed, days);
        return new Scenario(
            "test", "", p.Seed, p.Start, p.Days, "test", network ?? Network(), p.Demand, p.Care, p.Capacity, p.Supply,
            [OutputFormat.Csv],
            p.Reconversion);
    }
}
