using System.Collections.Immutable;
using Capacity.Domain.Random;

namespace Capacity.Domain.Demand;

/// <summary>
/// The SEIR epidemic of one OOAD, day by day: S → E at rate β·I/N with β = R(t)/infectious days, E → I at 1/latent
/// days, I → R at 1/infectious days. Deterministic: the ODE with four classic Runge-Kutta steps per day (hand-written
/// rather than a library solver so that R(t) stays constant within each day exactly); stochastic: a binomial chain,
/// one counter-based generator per OOAD and day (<see cref="RngStream.Seir"/>). Both conserve the population.
/// </summary>
public static class SeirModel
{
    /// <summary>Runge-Kutta steps per day of the deterministic model.</summary>
    public const int StepsPerDay = 4;

    /// <summary>
    /// The states at the start of epidemic days 0 … <paramref name="days"/> (length days + 1).
    /// </summary>
    /// <param name="settings">Latent and infectious periods, stochastic or not.</param>
    /// <param name="initial">The state on day 0.</param>
    /// <param name="reproduction">R(t) on an epidemic day.</param>
    /// <param name="days">Days to run.</param>
    /// <param name="rng">For the stochastic model: a generator per day.</param>
    public static ImmutableArray<SeirState> Run(
        SeirSettings settings, SeirState initial, Func<int, double> reproduction, int days, Func<int, CounterRng>? rng = null)
    {
        var states = ImmutableArray.CreateBuilder<SeirState>(days + 1);
        var state = initial;
        states.Add(state);
        for (var day = 0; day < days; day++)
        {
            var beta = reproduction(day) / settings.InfectiousDays;
            state = settings.Stochastic
                ? BinomialDay(state, beta, settings, rng?.Invoke(day) ?? throw new ArgumentNullException(nameof(rng)))
                : OdeDay(state, beta, settings);
            states.Add(state);
        }

        return states.MoveToImmutable();
    }

    /// <summary>One day of the ODE: <see cref="StepsPerDay"/> RK4 steps at constant β.</summary>
    public static SeirState OdeDay(SeirState state, double beta, SeirSettings settings)
    {
        var (sigma, gamma, n) = (1 / settings.LatentDays, 1 / settings.InfectiousDays, state.Population);
        var h = 1.0 / StepsPerDay;
        var y = new[] { state.Susceptible, state.Exposed, state.Infectious, state.Removed };
        for (var step = 0; step < StepsPerDay; step++)
        {
            var k1 = Derivative(y, beta, sigma, gamma, n);
            var k2 = Derivative(Add(y, k1, h / 2), beta, sigma, gamma, n);
            var k3 = Derivative(Add(y, k2, h / 2), beta, sigma, gamma, n);
            var k4 = Derivative(Add(y, k3, h), beta, sigma, gamma, n);
            for (var i = 0; i < 4; i++)
            {
                y[i] += h / 6 * (k1[i] + (2 * k2[i]) + (2 * k3[i]) + k4[i]);
            }
        }

        return new SeirState(y[0], y[1], y[2], y[3]);
    }

    /// <summary>One day of the binomial chain: exposures, onsets and removals drawn from yesterday's state.</summary>
    public static SeirState BinomialDay(SeirState state, double beta, SeirSettings settings, CounterRng rng)
    {
        var n = state.Population;
        var (s, e, i) = ((int)state.Susceptible, (int)state.Exposed, (int)state.Infectious);
        var exposed = n > 0 ? Sampling.Binomial(ref rng, s, 1 - Math.Exp(-beta * i / n)) : 0;
        var onsets = Sampling.Binomial(ref rng, e, 1 - Math.Exp(-1 / settings.LatentDays));
        var removed = Sampling.Binomial(ref rng, i, 1 - Math.Exp(-1 / settings.InfectiousDays));
        return new SeirState(s - exposed, e + exposed - onsets, i + onsets - removed, state.Removed + removed);
    }

    private static double[] Derivative(double[] y, double beta, double sigma, double gamma, double n)
    {
        var infection = n > 0 ? beta * y[0] * y[2] / n : 0;
        return [-infection, infection - (sigma * y[1]), (sigma * y[1]) - (gamma * y[2]), gamma * y[2]];
    }

    private static double[] Add(double[] y, double[] k, double h) => [y[0] + (h * k[0]), y[1] + (h * k[1]), y[2] + (h * k[2]), y[3] + (h * k[3])];
}
