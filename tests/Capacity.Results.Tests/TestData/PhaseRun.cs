using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using static Capacity.Results.Tests.TestData.DayBuilder;

namespace Capacity.Results.Tests.TestData;

/// <summary>
/// A four-day run from 2020-06-27 that goes through the phases: Phase I on day 0 (only s1 counts: r1 is rural, t1 a
/// temporary unit, u1 has no beds), Phase II on day 1 (s1 with 25 beds and s2 with 6; u1 is still in Phase I) and the
/// Phase III cut-off, 2020-06-30, on day 3: u1 exclusive (70 beds, 13.5 ERC), s1 hybrid (25, 9.0), t1 temporary
/// (40, 9.0), t2 expansion (218, 45.0), t3 convalescence (33, 9.0); r1 is rural and s2 reverted to 0 beds.
/// </summary>
internal static class PhaseRun
{
    public static HospitalNetwork Network { get; } = new(
        "phases",
        [new Ooad("aaa", "Alfa", "A", 1), new Ooad("bbb", "Beta", "B", 1)],
        [
            new Hospital("r1", "Rural", "aaa", HospitalType.RuralBienestar, 20, "wh"),
            new Hospital("s1", "Segundo uno", "aaa", HospitalType.SecondLevel, 80, "wh"),
            new Hospital("s2", "Segundo dos", "bbb", HospitalType.SecondLevel, 60, "wh"),
            new Hospital("t1", "Temporal", "aaa", HospitalType.TemporaryUnit, 40, "wh"),
            new Hospital("t2", "Expansión", "bbb", HospitalType.TemporaryUnit, 218, "wh"),
            new Hospital("t3", "Convalecencia", "bbb", HospitalType.TemporaryUnit, 33, "wh"),
            new Hospital("u1", "UMAE", "aaa", HospitalType.Umae, 100, "wh"),
        ],
        [new Warehouse("central", "C", WarehouseKind.Central, null, null), new Warehouse("wh", "W", WarehouseKind.Ooad, "aaa", "central")]);

    public static Scenario Scenario(params OutputFormat[] outputs) =>
        ScenarioFactory.Create(Network, 4, outputs) with { Start = new DateOnly(2020, 6, 27) };

    public static ImmutableArray<DayResult> Days(Scenario s) =>
    [
        Day(s, 0, [
            Unit(0, "r1", "aaa", L(5, 0), ReconversionPhase.PhaseI, HospitalRole.Hybrid),
            Unit(0, "s1", "aaa", L(10, 2), ReconversionPhase.PhaseI, HospitalRole.Hybrid),
            Unit(0, "s2", "bbb", L(4, 0), ReconversionPhase.Scenario2, HospitalRole.Reference),
            Unit(0, "t1", "aaa", L(8, 2), ReconversionPhase.PhaseI, HospitalRole.Temporary),
            Closed(0, "t2"),
            Closed(0, "t3"),
            Unit(0, "u1", "aaa", L(0, 0), ReconversionPhase.PhaseI, HospitalRole.Reference),
        ]),
        PhaseII(s, 1),
        PhaseII(s, 2),
        Day(s, 3, [
            Unit(3, "r1", "aaa", L(5, 0), ReconversionPhase.PhaseIII, HospitalRole.Hybrid),
            Unit(3, "s1", "aaa", L(20, 5), ReconversionPhase.PhaseIII, HospitalRole.Hybrid),
            Unit(3, "s2", "bbb", L(0, 0), ReconversionPhase.Reverted, HospitalRole.NonCovid),
            Unit(3, "t1", "aaa", L(30, 10), ReconversionPhase.PhaseIII, HospitalRole.Temporary),
            Unit(3, "t2", "bbb", L(192, 26), ReconversionPhase.PhaseIII, HospitalRole.Expansion),
            Unit(3, "t3", "bbb", L(30, 3), ReconversionPhase.PhaseIII, HospitalRole.Convalescence),
            Unit(3, "u1", "aaa", L(50, 20), ReconversionPhase.PhaseIII, HospitalRole.CovidExclusive),
        ]),
    ];

    public static Task<RunOutcome> RecordAsync(string runDirectory, params OutputFormat[] outputs)
    {
        var scenario = Scenario(outputs);
        return Runs.RecordAsync(runDirectory, scenario, Days(scenario));
    }

    private static DayResult PhaseII(Scenario s, int day) => Day(s, day, [
        Unit(day, "r1", "aaa", L(5, 0), ReconversionPhase.PhaseI, HospitalRole.Hybrid),
        Unit(day, "s1", "aaa", L(20, 5), ReconversionPhase.PhaseII, HospitalRole.Hybrid),
        Unit(day, "s2", "bbb", L(6, 0), ReconversionPhase.PhaseII, HospitalRole.Hybrid),
        Unit(day, "t1", "aaa", L(8, 2), ReconversionPhase.PhaseII, HospitalRole.Temporary),
        Closed(day, "t2"),
        Closed(day, "t3"),
        Unit(day, "u1", "aaa", L(4, 0), ReconversionPhase.PhaseI, HospitalRole.Reference),
    ]);

    private static HospitalDayReport Closed(int day, string id) =>
        Unit(day, id, "bbb", default, ReconversionPhase.None, HospitalRole.NonCovid);

    private static DayResult Day(Scenario s, int day, HospitalDayReport[] hospitals) =>
        DayBuilder.Day(s, day, hospitals, [Warehouse(day, "central", WarehouseKind.Central), Warehouse(day, "wh", WarehouseKind.Ooad)]);
}
