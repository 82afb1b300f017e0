using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Random;
using Capacity.Domain.Shocks;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Demand;

/// <summary>
/// One OOAD's expected new COVID hospital patients per day, from the scenario's demand model, and the day's draw:
/// a Poisson count around the expected value, split into ICU and ward patients binomially. The OOAD, its reconversion
/// forecast and the inline kernel all read the same curve, built once when the OOAD opens.
/// </summary>
public sealed class DemandCurve
{
    /// <summary>Days past the run the curve is computed for, so forecasts near the end still see demand.</summary>
    public const int ForecastMarginDays = 120;

    private readonly WaveDemandSettings _demand;
    private readonly DateOnly _start;
    private readonly ImmutableArray<double> _expected;
    private readonly ImmutableArray<double> _icuShares;
    private readonly ImmutableArray<Shock> _shocks;

    private DemandCurve(
        WaveDemandSettings demand, Ooad ooad, DateOnly start, ImmutableArray<double> expected, ImmutableArray<double> icuShares = default, ImmutableArray<Shock> shocks = default)
    {
        _shocks = shocks.IsDefault ? [] : shocks;
        _demand = demand;
        Ooad = ooad;
        _start = start;
        _expected = expected;
        _icuShares = icuShares;
    }

    /// <summary>The OOAD.</summary>
    public Ooad Ooad { get; }

    /// <summary>Share of new hospital patients who need the ICU on a day (the scenario's, unless an observed file gives
    /// ICU counts).</summary>
    public double IcuShare(int day) =>
        !_icuShares.IsDefault && day >= 0 && day < _icuShares.Length ? _icuShares[day] : _demand.IcuShareOfHospitalised;

    /// <summary>The curve of <paramref name="ooad"/> for a run of <paramref name="days"/> days from <paramref name="start"/>.</summary>
    /// <param name="seed">The run seed (the stochastic SEIR model draws its epidemic with it).</param>
    /// <param name="shocks">Demand surges multiply the model's expected demand while they last.</param>
    public static DemandCurve For(WaveDemandSettings demand, Ooad ooad, DateOnly start, int days, long seed, ImmutableArray<Shock> shocks = default)
    {
        var curve = Model(demand, ooad, start, days, seed);
        return shocks.IsDefaultOrEmpty ? curve : curve.With(shocks);
    }

    /// <summary>The curve of the scenario's model for one OOAD of a run.</summary>
    public static DemandCurve For(ModelParameters parameters, Ooad ooad) =>
        For(parameters.Demand, ooad, parameters.Start, parameters.Days, parameters.Seed, parameters.Shocks);

    private DemandCurve With(ImmutableArray<Shock> shocks) => new(_demand, Ooad, _start, _expected, _icuShares, shocks);

    private static DemandCurve Model(WaveDemandSettings demand, Ooad ooad, DateOnly start, int days, long seed) =>
        demand.Model switch
        {
            DemandModelKind.Waves => new DemandCurve(demand, ooad, start, []),
            DemandModelKind.Seir => Seir(demand, ooad, start, days + ForecastMarginDays, seed),
            DemandModelKind.Observed => Observed(demand, ooad, start, days + ForecastMarginDays),
            _ => throw new ArgumentOutOfRangeException(nameof(demand), demand.Model, "Unknown demand model."),
        };

    /// <summary>Expected new hospital patients on run day <paramref name="day"/> (0 outside the curve).</summary>
    public double Expected(int day)
    {
        var expected = _demand.Model == DemandModelKind.Waves
            ? WaveDemand.Expected(_demand, Ooad, _start, day)
            : day >= 0 && day < _expected.Length ? _expected[day] : 0;
        return _shocks.IsEmpty ? expected : expected * ShockEffects.DemandFactor(_shocks, Ooad.Code, _start.AddDays(day));
    }

    /// <summary>The day's arrivals by care level (the same draw as <see cref="WaveDemand.Draw"/> for the waves model).</summary>
    public LevelCounts Draw(int day, long seed)
    {
        var rng = CounterRng.For(seed, Ooad.Code, day, RngStream.Arrivals);
        var total = Sampling.Poisson(ref rng, Expected(day));
        var icu = Sampling.Binomial(ref rng, total, IcuShare(day));
        return new LevelCounts(total - icu, icu);
    }

    private static DemandCurve Observed(WaveDemandSettings demand, Ooad ooad, DateOnly start, int days)
    {
        var observed = demand.Observed ?? throw new ArgumentException("The observed demand model needs its data.", nameof(demand));
        var expected = new double[days];
        var shares = new double[days];
        for (var day = 0; day < days; day++)
        {
            var (admissions, icuShare) = observed.On(ooad.Code, start.AddDays(day));
            expected[day] = admissions;
            shares[day] = icuShare ?? demand.IcuShareOfHospitalised;
        }

        return new DemandCurve(demand, ooad, start, [.. expected], [.. shares]);
    }

    /// <summary>
    /// Expected admissions on run days 0 … <paramref name="days"/> − 1: each group's hospitalised share of its symptom
    /// onsets <c>HospitalDelayDays</c> earlier, summed over the groups (<see cref="SeirSettings.Groups"/>), and the day's ICU
    /// share of them. The OOAD's epidemic is seeded on run day <c>PeakShiftDays</c> (negative: before the run starts) with
    /// its initial infectious share of every group's affiliates, and transmits at R0 × the contact factor of the day × the
    /// OOAD's multiplier.
    /// </summary>
    private static DemandCurve Seir(WaveDemandSettings demand, Ooad ooad, DateOnly start, int days, long seed)
    {
        var seir = demand.Seir ?? throw new ArgumentException("The SEIR demand model needs its settings.", nameof(demand));
        var regional = demand.For(ooad.Code);
        var shift = regional.PeakShiftDays;
        var length = Math.Max(0, days - shift);
        var groups = seir.Groups;
        var seeding = start.AddDays(shift);
        var states = SeirModel.RunGroups(
            seir,
            Seeded(seir, groups, ooad.Affiliates),
            day => seir.R0 * seir.ContactFactorOn(seeding.AddDays(day)) * regional.Multiplier,
            length,
            day => CounterRng.For(seed, ooad.Code, day, RngStream.Seir));
        var admissions = new double[days];
        var icuShares = new double[days];
        for (var day = 0; day < days; day++)
        {
            var onsetDay = day - shift - seir.HospitalDelayDays;
            var (total, icu) = (0.0, 0.0);
            for (var k = 0; k < groups.Length && onsetDay >= 0 && onsetDay + 1 < states.Length; k++)
            {
                var group = groups[k];
                var admitted = group.HospitalisedShareOfInfections * (states[onsetDay + 1][k].Onsets - states[onsetDay][k].Onsets);
                total += admitted;
                icu += admitted * (group.IcuShareOfHospitalised ?? demand.IcuShareOfHospitalised);
            }

            admissions[day] = total;
            icuShares[day] = total > 0 ? icu / total : demand.IcuShareOfHospitalised;
        }

        // Without groups the ICU share is the scenario's every day: no per-day shares, exactly as before groups existed.
        return new DemandCurve(demand, ooad, start, [.. admissions], seir.Strata.IsDefaultOrEmpty ? default : [.. icuShares]);
    }

    /// <summary>
    /// Day-0 states: the affiliates split by group share (stochastic: whole people, largest remainder), each with its
    /// initial infectious share (stochastic: rounded).
    /// </summary>
    private static ImmutableArray<SeirState> Seeded(SeirSettings seir, ImmutableArray<SeirStratum> groups, long affiliates)
    {
        var populations = seir.Stochastic
            ? [.. Sampling.Apportion(affiliates, [.. groups.Select(g => g.PopulationShare)]).Select(p => (double)p)]
            : groups.Select(g => g.PopulationShare * affiliates).ToArray();
        return
        [
            .. populations.Select(population =>
            {
                var infectious = seir.Stochastic ? Math.Round(seir.InitialInfectedShare * population) : seir.InitialInfectedShare * population;
                return new SeirState(population - infectious, 0, infectious, 0);
            }),
        ];
    }
}
