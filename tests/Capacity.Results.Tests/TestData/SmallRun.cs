using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using static Capacity.Results.Tests.TestData.DayBuilder;

namespace Capacity.Results.Tests.TestData;

/// <summary>
/// The reference run of these tests: OOADs <c>aaa</c> (h1, h2) and <c>bbb</c> (h3), the central warehouse and
/// <c>wh-aaa</c>, three days from 2020-03-01. h1 fills up on day 1 and runs out of surgical masks on day 2;
/// h3 fills its ICU on day 1 and is short of N95s on days 1 and 2. Every day h1 (second level, 40 census beds) is a
/// phase_2 hybrid hospital, h2 (rural, 20) a hybrid not in any phase and h3 (UMAE, 50) a phase_3 COVID-exclusive
/// hospital, each with 12 or fewer COVID beds (4.5 ERC teams). Every day h1 and h3 defer 2 non-COVID bed-days each;
/// h3 reports 2 patients on observation stretchers on day 2 (set by hand: the writers do not apply the stretcher
/// rule). Expected figures are worked out in the tests.
/// </summary>
internal static class SmallRun
{
    public static HospitalNetwork Network { get; } = new(
        "small",
        [new Ooad("aaa", "Alfa", "Estado A", 100_000), new Ooad("bbb", "Beta", "Estado B", 50_000)],
        [
            new Hospital("h1", "Hospital Uno", "aaa", HospitalType.SecondLevel, 40, "wh-aaa"),
            new Hospital("h2", "Hospital Dos", "aaa", HospitalType.RuralBienestar, 20, "wh-aaa"),
            new Hospital("h3", "Hospital Tres", "bbb", HospitalType.Umae, 50, "wh-aaa"),
        ],
        [
            new Warehouse("central", "Almacén central", WarehouseKind.Central, null, null),
            new Warehouse("wh-aaa", "Almacén Alfa", WarehouseKind.Ooad, "aaa", "central"),
        ]);

    public static Scenario Scenario(params OutputFormat[] outputs) => ScenarioFactory.Create(Network, 3, outputs);

    public static ImmutableArray<DayResult> Days(Scenario scenario) => [Day0(scenario), Day1(scenario), Day2(scenario)];

    public static ImmutableArray<DayResult> Days() => Days(Scenario());

    private static DayResult Day0(Scenario s) => Day(
        s,
        0,
        [
            H1(Hospital(0, "h1", "aaa", L(10, 2), L(3, 1), L(3, 1), L(0, 0), L(0, 0), L(0, 0), 0, L(3, 1),
                HStock(SupplyItem.SurgicalMask, 100, 0, 0, 10, 10, 0, 10))),
            H2(Hospital(0, "h2", "aaa", L(5, 0), L(2, 0), L(2, 0), L(0, 0), L(0, 0), L(0, 0), 0, L(2, 0))),
            H3(Hospital(0, "h3", "bbb", L(8, 4), L(1, 1), L(1, 1), L(0, 0), L(0, 0), L(0, 0), 0, L(1, 1),
                HStock(SupplyItem.N95Respirator, 6, 0, 0, 4, 4, 0, 4))),
        ],
        [
            Warehouse(0, "central", WarehouseKind.Central, WStock(SupplyItem.SurgicalMask, 1000, 500, 0, 0, 0, 0, 0, 0)),
            Warehouse(0, "wh-aaa", WarehouseKind.Ooad, WStock(SupplyItem.SurgicalMask, 200, 0, 0, 0, 0, 0, 0, 0)),
        ]);

    private static DayResult Day1(Scenario s) => Day(
        s,
        1,
        [
            H1(Hospital(1, "h1", "aaa", L(10, 2), L(9, 2), L(8, 1), L(1, 1), L(1, 0), L(0, 0), 1, L(10, 2),
                HStock(SupplyItem.SurgicalMask, 85, 50, 0, 15, 15, 0, 12.5)) with { StepUpBlocked = 2 }),
            H2(Hospital(1, "h2", "aaa", L(5, 0), L(1, 0), L(1, 0), L(0, 0), L(1, 0), L(0, 0), 0, L(2, 0))),
            H3(Hospital(1, "h3", "bbb", L(8, 4), L(2, 3), L(2, 3), L(0, 0), L(0, 0), L(0, 0), 0, L(3, 4),
                HStock(SupplyItem.N95Respirator, 0, 20, 0, 9, 6, 3, 6.5))),
        ],
        [
            Warehouse(1, "central", WarehouseKind.Central, WStock(SupplyItem.SurgicalMask, 950, 450, 50, 0, 50, 50, 0, 50)),
            Warehouse(1, "wh-aaa", WarehouseKind.Ooad, WStock(SupplyItem.N95Respirator, 0, 20, 0, 0, 20, 0, 20, 20)),
        ],
        new SimEvent(1, "h1", EventKind.CapacityReached, "ward", "census 10 of 10 beds"),
        new SimEvent(1, "h1", EventKind.CapacityReached, "icu", "census 2 of 2 beds"),
        new SimEvent(1, "h3", EventKind.CapacityReached, "icu", "census 4 of 4 beds"),
        new SimEvent(1, "h3", EventKind.StockOutStarted, "n95", "short 3, of 9 \"needed\""));

    private static DayResult Day2(Scenario s) => Day(
        s,
        2,
        [
            H1(Hospital(2, "h1", "aaa", L(10, 2), L(4, 1), L(1, 0), L(3, 1), L(1, 0), L(0, 0), 2, L(10, 2),
                HStock(SupplyItem.SurgicalMask, 0, 50, 0, 90, 85, 5, 115.0 / 3)) with { StepUps = 1, StepDowns = 1 }),
            H2(Hospital(2, "h2", "aaa", L(5, 0), L(0, 0), L(0, 0), L(0, 0), L(0, 0), L(0, 0), 0, L(2, 0))),
            H3(Hospital(2, "h3", "bbb", L(8, 4), L(3, 1), L(3, 0), L(0, 1), L(0, 0), L(0, 1), 0, L(6, 3),
                HStock(SupplyItem.N95Respirator, 16, 0, 20, 20, 16, 4, 11)) with { StretcherCensus = 2 }),
        ],
        [
            Warehouse(2, "central", WarehouseKind.Central, WStock(SupplyItem.SurgicalMask, 900, 400, 100, 0, 50, 50, 0, 50)),
            Warehouse(2, "wh-aaa", WarehouseKind.Ooad, WStock(SupplyItem.N95Respirator, 0, 20, 0, 0, 0, 0, 20, 10)),
        ],
        new SimEvent(2, "h1", EventKind.StockOutStarted, "surgical_mask", "short 5"),
        new SimEvent(2, "h3", EventKind.CapacityRelieved, "icu", "census 3 of 4 beds"),
        new SimEvent(2, "h3", EventKind.StockOutStarted, "n95", "short 4"));

    // Non-COVID demand at the scenario's occupancy (second level 0.75, rural 0.7, UMAE 0.8) against the census beds
    // left after the COVID beds: h1 40 × 0.75 = 30 on 28 beds, h2 20 × 0.7 = 14 on 15, h3 50 × 0.8 = 40 on 38.
    private static HospitalDayReport H1(HospitalDayReport h) =>
        h with { Phase = ReconversionPhase.PhaseII, Role = HospitalRole.Hybrid, NonCovidDemandBedDays = 30, DeferredBedDays = 2 };

    private static HospitalDayReport H2(HospitalDayReport h) => h with { Role = HospitalRole.Hybrid, NonCovidDemandBedDays = 14 };

    private static HospitalDayReport H3(HospitalDayReport h) =>
        h with { Phase = ReconversionPhase.PhaseIII, Role = HospitalRole.CovidExclusive, NonCovidDemandBedDays = 40, DeferredBedDays = 2 };
}
