using System.Collections.Immutable;
using Capacity.Domain.Random;

namespace Capacity.Domain.Demand;

/// <summary>
/// The SEIR epidemic of one OOAD, day by day: S → E at rate β·I/N with β = R(t)/infectious days, E → I at 1/latent
/// days, I → R at 1/infectious days. With age or risk groups (<see cref="SeirStratum"/>) the groups mix proportionately:
/// group k is infected at β·c_k·s_k·Σ c_j I_j ÷ Σ c_j N_j (one group with c = s = 1 is the plain model, to the bit).
/// Deterministic: the ODE with four classic Runge-Kutta steps per day (hand-written rather than a library solver so
/// that R(t) stays constant within each day exactly); stochastic: a binomial chain, one counter-based generator per OOAD
/// and day (<see cref="RngStream.Seir"/>), groups drawn in order. Both conserve every group's population.
/// </summary>
public static class SeirModel
{
    /// <summary>Runge-Kutta steps per day of the deterministic model.</summary>
    public const int StepsPerDay = 4;

    /// <summary>
    /// The states of one homogeneous population at the start of epidemic days 0 … <paramref name="days"/> (length days + 1).
    /// </summary>
    /// <param name="settings">Latent and infectious periods, stochastic or not (its strata are not used).</param>
    /// <param name="initial">The state on day 0.</param>
    /// <param name="reproduction">R(t) on an epidemic day.</param>
    /// <param name="days">Days to run.</param>
    /// <param name="rng">For the stochastic model: a generator per day.</param>
    public static ImmutableArray<SeirState> Run(
        SeirSettings settings, SeirState initial, Func<int, double> reproduction, int days, Func<int, CounterRng>? rng = null) =>
        [.. RunGroups(settings with { Strata = default }, [initial], reproduction, days, rng).Select(day => day[0])];

    /// <summary>
    /// The states of every group of <see cref="SeirSettings.Groups"/> at the start of epidemic days 0 … <paramref name="days"/>:
    /// element d holds day d's states in group order.
    /// </summary>
    public static ImmutableArray<ImmutableArray<SeirState>> RunGroups(
        SeirSettings settings, ImmutableArray<SeirState> initial, Func<int, double> reproduction, int days, Func<int, CounterRng>? rng = null)
    {
        var groups = settings.Groups;
        if (initial.Length != groups.Length)
        {
            throw new ArgumentException($"{initial.Length} initial states for {groups.Length} groups.", nameof(initial));
        }

        var contact = groups.Select(g => g.RelativeContact).ToArray();
        var weight = groups.Select(g => g.RelativeContact * g.RelativeSusceptibility).ToArray();
        var states = ImmutableArray.CreateBuilder<ImmutableArray<SeirState>>(days + 1);
        var state = initial;
        states.Add(state);
        for (var day = 0; day < days; day++)
        {
            var beta = reproduction(day) / settings.InfectiousDays;
            state = settings.Stochastic
                ? BinomialDay(state, beta, contact, weight, settings, rng?.Invoke(day) ?? throw new ArgumentNullException(nameof(rng)))
                : OdeDay(state, beta, contact, weight, settings);
            states.Add(state);
        }

        return states.MoveToImmutable();
    }

    /// <summary>One day of the ODE: <see cref="StepsPerDay"/> RK4 steps at constant β; populations as at the day's start.</summary>
    private static ImmutableArray<SeirState> OdeDay(ImmutableArray<SeirState> state, double beta, double[] contact, double[] weight, SeirSettings settings)
    {
        var (sigma, gamma) = (1 / settings.LatentDays, 1 / settings.InfectiousDays);
        var mixing = Mixing(state.Select(s => s.Population), contact);
        var h = 1.0 / StepsPerDay;
        var y = state.SelectMany(s => new[] { s.Susceptible, s.Exposed, s.Infectious, s.Removed }).ToArray();
        var model = new Rates(beta, sigma, gamma, mixing, contact, weight);
        for (var step = 0; step < StepsPerDay; step++)
        {
            var k1 = model.Derivative(y);
            var k2 = model.Derivative(Add(y, k1, h / 2));
            var k3 = model.Derivative(Add(y, k2, h / 2));
            var k4 = model.Derivative(Add(y, k3, h));
            for (var i = 0; i < y.Length; i++)
            {
                y[i] += h / 6 * (k1[i] + (2 * k2[i]) + (2 * k3[i]) + k4[i]);
            }
        }

        return [.. Enumerable.Range(0, state.Length).Select(k => new SeirState(y[4 * k], y[(4 * k) + 1], y[(4 * k) + 2], y[(4 * k) + 3]))];
    }

    /// <summary>One day of the binomial chain: each group's exposures, onsets and removals drawn from yesterday's states.</summary>
    private static ImmutableArray<SeirState> BinomialDay(ImmutableArray<SeirState> state, double beta, double[] contact, double[] weight, SeirSettings settings, CounterRng rng)
    {
        var mixing = Mixing(state.Select(s => s.Population), contact);
        var pressure = Pressure(state.Select(s => (double)(int)s.Infectious), contact);
        var next = ImmutableArray.CreateBuilder<SeirState>(state.Length);
        for (var k = 0; k < state.Length; k++)
        {
            var (s, e, i) = ((int)state[k].Susceptible, (int)state[k].Exposed, (int)state[k].Infectious);
            var exposed = mixing > 0 ? Sampling.Binomial(ref rng, s, 1 - Math.Exp(-beta * weight[k] * pressure / mixing)) : 0;
            var onsets = Sampling.Binomial(ref rng, e, 1 - Math.Exp(-1 / settings.LatentDays));
            var removed = Sampling.Binomial(ref rng, i, 1 - Math.Exp(-1 / settings.InfectiousDays));
            next.Add(new SeirState(s - exposed, e + exposed - onsets, i + onsets - removed, state[k].Removed + removed));
        }

        return next.MoveToImmutable();
    }

    /// <summary>Σ c_j N_j: the contacts everyone makes, over which infectious contacts are shared.</summary>
    private static double Mixing(IEnumerable<double> populations, double[] contact) => Pressure(populations, contact);

    /// <summary>Σ c_j x_j.</summary>
    private static double Pressure(IEnumerable<double> values, double[] contact)
    {
        var sum = 0.0;
        var j = 0;
        foreach (var value in values)
        {
            sum += contact[j++] * value;
        }

        return sum;
    }

    private static double[] Add(double[] y, double[] k, double h)
    {
        var result = new double[y.Length];
        for (var i = 0; i < y.Length; i++)
        {
            result[i] = y[i] + (h * k[i]);
        }

        return result;
    }

    /// <summary>The right-hand side of the grouped ODE for one day's β and mixing denominator.</summary>
    private sealed record Rates(double Beta, double Sigma, double Gamma, double Mixing, double[] Contact, double[] Weight)
    {
        public double[] Derivative(double[] y)
        {
            var groups = Contact.Length;
            var pressure = 0.0;
            for (var k = 0; k < groups; k++)
            {
                pressure += Contact[k] * y[(4 * k) + 2];
            }

            var d = new double[y.Length];
            for (var k = 0; k < groups; k++)
            {
                var (s, e, i) = (y[4 * k], y[(4 * k) + 1], y[(4 * k) + 2]);
                var infection = Mixing > 0 ? Beta * Weight[k] * s * pressure / Mixing : 0;
                d[4 * k] = -infection;
                d[(4 * k) + 1] = infection - (Sigma * e);
                d[(4 * k) + 2] = (Sigma * e) - (Gamma * i);
                d[(4 * k) + 3] = Gamma * i;
            }

            return d;
        }
    }
}
