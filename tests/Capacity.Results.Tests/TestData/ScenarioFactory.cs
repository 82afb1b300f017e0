using System.Collections.Immutable;
using Capacity.Domain.Capacity;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;

namespace Capacity.Results.Tests.TestData;

/// <summary>Scenarios around a hand-built network; the model settings are plausible but never read by the writers.</summary>
internal static class ScenarioFactory
{
    public static readonly DateOnly Start = new(2020, 3, 1);

    public static Scenario Create(HospitalNetwork network, int days, params OutputFormat[] outputs) =>
        new(
            "small-test",
            "Two OOADs, three hospitals | hand-built",
            42,
            Start,
            days,
            "test:small",
            network,
            new WaveDemandSettings(0.005, 0.2, 0.3, [new Wave(new DateOnly(2020, 7, 1), 30, 1.0)], ImmutableSortedDictionary<string, RegionalDemand>.Empty),
            new CareSettings(new LevelCare(5, 0.5, 0.1, 0.3), new LevelCare(10, 0.5, 0.4, 0.9), 60),
            new CapacitySettings(new TierShares(0.3, 0.3, 0.3), new TierShares(0.2, 0.2, 0.2), 0.05, new TierShares(0.8, 0.75, 0.7)),
            new SupplySettings(
                [.. SupplyItems.All.Select(i => new ItemSettings(i, 1, 2, 0, 1_000))],
                new ReorderRule(7, 14),
                new ReorderRule(14, 28),
                new ReorderRule(21, 42),
                new LeadTimes(3, 2, 1),
                new InitialStock(14, 21, 30),
                7),
            outputs.Length == 0 ? [OutputFormat.Csv, OutputFormat.Parquet] : [.. outputs],
            NoReconversion);

    /// <summary>The <c>no-reconversion</c> policy: the writers only see the phases and roles of the day reports.</summary>
    public static ReconversionSettings NoReconversion { get; } =
        new(ReconversionPolicyKind.None, 7, 0.44, [], [], null, new OccupancyTrigger(0.8, 0.3, 3, 24), new ForecastTrigger(14, 0.15, 24));

    public static ScenarioProvenance Provenance { get; } =
        new("/scenarios/small-test.yaml", "name: small-test\nseed: 42\ndays: 3\n", "ab12cd34");

    public static ExecutionInfo Execution(string machine = "test-host") =>
        new("inline", 0, TimeSpan.FromSeconds(1.25), new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero), "0.1.0", machine, 8);
}
