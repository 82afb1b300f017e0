using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Domain.Transfers;

namespace Capacity.Domain.Tests.Support;

/// <summary>
/// One hospital stepped day by day with hand-picked stays, death rates and burn rates, so a test can state
/// the exact outcome of every day.
/// </summary>
public sealed class HospitalBench
{
    /// <summary>Longest stay of the bench's care settings.</summary>
    public const int MaxStayDays = 30;

    private readonly StayHazards _hazards;
    private readonly ModelParameters _parameters;

    public HospitalBench(LevelCounts beds, ModelParameters parameters, StayHazards hazards, ReconversionPhase phase = ReconversionPhase.None, Hospital? hospital = null)
    {
        _parameters = parameters;
        _hazards = hazards;
        State = HospitalState.Open(hospital ?? Hospital, new PlannedBeds(beds, phase, HospitalRole.Hybrid), beds, parameters);
    }

    /// <summary>The hospital a bench steps unless given another: id <c>h1</c>, 100 census beds, supplied by <c>wh-o01</c>.</summary>
    public static Hospital Hospital { get; } = new("h1", "Hospital 1", "o01", HospitalType.SecondLevel, 100, "wh-o01");

    public HospitalState State { get; private set; }

    /// <summary>The day the next <see cref="Step"/> runs.</summary>
    public int Day { get; private set; }

    /// <summary>Every patient leaves on the first day after admission.</summary>
    public static StayHazards LeaveAfterOneDay { get; } = Constant(1.0);

    /// <summary>Nobody leaves before <see cref="MaxStayDays"/>: longer than any bench test.</summary>
    public static StayHazards StayForever { get; } = Constant(0.0);

    /// <summary>
    /// Parameters with the given death rates, items (every other item has zero use) and observation stretchers per
    /// census bed (5 places at <see cref="Hospital"/> by default), and the step-up rate and step-down share (none by default).
    /// </summary>
    public static ModelParameters Parameters(
        double deathRate = 0,
        double turnedAwayDeathRate = 0,
        ImmutableArray<ItemSettings>? items = null,
        double stretcherShare = 0.05,
        double stepUpRate = 0,
        double stepDownShare = 0)
    {
        var p = TestScenarios.Parameters();
        return p with
        {
            Capacity = p.Capacity with { StretcherShare = stretcherShare },
            Care = new CareSettings(
                new LevelCare(5, 0.7, deathRate, turnedAwayDeathRate),
                new LevelCare(10, 0.6, deathRate, turnedAwayDeathRate),
                MaxStayDays,
                stepUpRate,
                stepDownShare),
            Supply = p.Supply with { Items = items ?? Items() },
        };
    }

    /// <summary>One settings line per item in enum order; only <paramref name="used"/> has non-zero use.</summary>
    public static ImmutableArray<ItemSettings> Items(params ItemSettings[] used) =>
        SupplyItems.All
            .Select(item => used.FirstOrDefault(u => u.Item == item) ?? new ItemSettings(item, 0, 0, 0, 1_000))
            .ToImmutableArray();

    /// <summary>Sets the units on the shelf of one item.</summary>
    public HospitalBench WithOnHand(SupplyItem item, long onHand)
    {
        var i = (int)item;
        State = State with { Stock = State.Stock.SetItem(i, State.Stock[i] with { OnHand = onHand }) };
        return this;
    }

    /// <summary>Sets the litres of oxygen on hand (oxygen must be enabled).</summary>
    public HospitalBench WithOxygen(long onHand)
    {
        State = State with { Oxygen = State.Oxygen!.Value with { OnHand = onHand } };
        return this;
    }

    /// <summary>Runs the next day with an oxygen delivery.</summary>
    public HospitalStep StepWithOxygen(LevelCounts arrivals, long delivered) =>
        Run(new HospitalDayInput(Day, arrivals, [], [], default, delivered));

    /// <summary>Runs the next day of a hospital nobody transfers patients to or from (its day settled without transfers).</summary>
    public HospitalStep Step(LevelCounts arrivals, params Shipment[] shipments) =>
        Run(new HospitalDayInput(Day, arrivals, [.. shipments], []));

    /// <summary>Runs the next day with patients transferred in, then settles it with <paramref name="transferredOut"/>.</summary>
    public HospitalStep StepWithTransfers(LevelCounts arrivals, LevelCounts transfersIn, LevelCounts transferredOut = default) =>
        Run(new HospitalDayInput(Day, arrivals, [], [], transfersIn), transferredOut);

    /// <summary>Runs the next day with a reconversion order from the OOAD that is due today.</summary>
    public HospitalStep StepWithOrder(LevelCounts arrivals, LevelCounts beds, ReconversionPhase phase, HospitalRole role = HospitalRole.Hybrid)
    {
        var order = new ReconversionOrder("o01", State.Hospital.Id, beds, phase, role, Day, Day, 0);
        return Run(new HospitalDayInput(Day, arrivals, [], [order]));
    }

    private HospitalStep Run(HospitalDayInput input, LevelCounts transferredOut = default)
    {
        var step = HospitalDay.Step(State, input, _parameters, _hazards, _hazards);
        State = step.Next;
        Day++;
        return step with { Report = TransferSettlement.Settle(step.Report, transferredOut, _parameters) };
    }

    private static StayHazards Constant(double hazard) =>
        new(Enumerable.Range(1, MaxStayDays).Select(d => d == MaxStayDays ? 1.0 : hazard).ToImmutableArray());
}
