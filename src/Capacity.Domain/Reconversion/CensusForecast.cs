using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;

namespace Capacity.Domain.Reconversion;

/// <summary>
/// An OOAD's expected COVID census in the days ahead, for the forecast-trigger policy. Demand is the scenario's own
/// expected demand (<see cref="DemandCurve.Expected"/>, before any patient is turned away), split ward/ICU by
/// <see cref="DemandCurve.IcuShare"/> of each day; stays follow the scenario's <see cref="StayHazards"/>.
/// </summary>
/// <remarks>
/// At the end of day <c>d</c>, the expected census of a level on day <c>d + k</c> is
/// <c>C × R(k) + Σ_{j=1..k} E(d + j) × s × S(k − j)</c>, where <c>C</c> is today's census, <c>E</c> the expected
/// new hospital patients, <c>s</c> the level's share of them, <c>S(a) = Π_{i=1..a} (1 − h(i))</c> the chance that a
/// patient admitted <c>a</c> days earlier is still in care, and <c>R(k) = Σ_a S(a + k) ÷ Σ_a S(a)</c> the share of
/// today's patients still in care after <c>k</c> days. The OOAD does not know how long today's patients have been in
/// care, so <c>R</c> assumes the age mix of a census fed by steady admissions (cohort of age <c>a</c> ∝ <c>S(a)</c>).
/// </remarks>
public sealed class CensusForecast
{
    private readonly DemandCurve _demand;
    private readonly Level _ward;
    private readonly Level _icu;

    /// <param name="demand">The scenario's demand (waves model).</param>
    /// <param name="care">The scenario's clinical flow (stay distributions).</param>
    /// <param name="ooad">The OOAD (its affiliates and regional adjustment).</param>
    /// <param name="start">Date of day 0.</param>
    public CensusForecast(WaveDemandSettings demand, CareSettings care, Ooad ooad, DateOnly start)
        : this(DemandCurve.For(demand, ooad, start, 0, 0), care)
    {
    }

    /// <param name="demand">The OOAD's demand curve.</param>
    /// <param name="care">The scenario's clinical flow (stay distributions).</param>
    public CensusForecast(DemandCurve demand, CareSettings care)
    {
        _demand = demand;
        var (ward, icu) = StayHazards.For(care);
        _ward = new Level(ward);
        _icu = new Level(icu);
    }

    /// <summary>
    /// The expected census by level on days <c>day … day + daysAhead</c> (index k = day + k; index 0 is today's
    /// census), given today's census at the end of day <paramref name="day"/>.
    /// </summary>
    public ImmutableArray<(double Ward, double Icu)> Ahead(LevelCounts today, int day, int daysAhead)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(daysAhead);
        var arrivals = new double[daysAhead + 1];
        var icuShares = new double[daysAhead + 1];
        for (var j = 1; j <= daysAhead; j++)
        {
            arrivals[j] = _demand.Expected(day + j);
            icuShares[j] = _demand.IcuShare(day + j);
        }

        var census = ImmutableArray.CreateBuilder<(double Ward, double Icu)>(daysAhead + 1);
        for (var k = 0; k <= daysAhead; k++)
        {
            var ward = today.Ward * _ward.Residual(k);
            var icu = today.Icu * _icu.Residual(k);
            for (var j = 1; j <= k; j++)
            {
                ward += arrivals[j] * (1 - icuShares[j]) * _ward.Survival(k - j);
                icu += arrivals[j] * icuShares[j] * _icu.Survival(k - j);
            }

            census.Add((ward, icu));
        }

        return census.MoveToImmutable();
    }

    /// <summary>Survival and residual curves of one level, computed once.</summary>
    private sealed class Level
    {
        private readonly double[] _survival;
        private readonly double[] _residual;

        public Level(StayHazards hazards)
        {
            // S(0) = 1 (admitted today), S(a) = S(a − 1) × (1 − h(a)); the last modelled day has hazard 1, so
            // S(MaxStayDays) = 0 and every later S is 0.
            var max = hazards.MaxStayDays;
            _survival = new double[max + 1];
            _survival[0] = 1;
            for (var a = 1; a <= max; a++)
            {
                _survival[a] = _survival[a - 1] * (1 - hazards.Hazard(a));
            }

            var tail = new double[max + 2];
            for (var a = max; a >= 0; a--)
            {
                tail[a] = tail[a + 1] + _survival[a];
            }

            _residual = [.. tail.Take(max + 1).Select(t => t / tail[0])];
        }

        public double Survival(int age) => age < _survival.Length ? _survival[age] : 0;

        public double Residual(int days) => days < _residual.Length ? _residual[days] : 0;
    }
}
