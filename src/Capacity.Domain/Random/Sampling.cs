using MathNet.Numerics;

namespace Capacity.Domain.Random;

/// <summary>
/// Exact integer samplers driven by <see cref="CounterRng"/>. Written here rather than taken from
/// MathNet.Numerics.Distributions because those take a shared <see cref="System.Random"/> and their
/// binomial sampler is O(n); these are O(n·p) and reproducible bit for bit.
/// </summary>
public static class Sampling
{
    /// <summary>Binomial(n, p) by geometric waiting times (Devroye 1986, ch. X.4): exact, O(n·min(p, 1−p)).</summary>
    public static int Binomial(ref CounterRng rng, int n, double p)
    {
        if (n <= 0 || p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return n;
        }

        if (p > 0.5)
        {
            return n - Binomial(ref rng, n, 1 - p);
        }

        var logQ = Math.Log(1 - p);
        var successes = 0;
        var position = 0;
        while (true)
        {
            // Number of trials up to and including the next success is Geometric(p).
            position += (int)Math.Min(int.MaxValue / 2, Math.Floor(Math.Log(rng.NextOpenDouble()) / logQ) + 1);
            if (position > n)
            {
                return successes;
            }

            successes++;
        }
    }

    /// <summary>Poisson(λ): inversion below λ = 30, PTRS transformed rejection above (Hörmann 1993).</summary>
    public static int Poisson(ref CounterRng rng, double lambda)
    {
        if (lambda <= 0)
        {
            return 0;
        }

        return lambda < 30 ? PoissonByInversion(ref rng, lambda) : PoissonPtrs(ref rng, lambda);
    }

    /// <summary>
    /// Splits <paramref name="total"/> into parts proportional to <paramref name="weights"/> with the
    /// largest-remainder method; ties go to the lower index. Deterministic and exact: the parts sum to total.
    /// </summary>
    public static int[] Apportion(long total, ReadOnlySpan<double> weights)
    {
        var parts = new int[weights.Length];
        var sum = 0.0;
        foreach (var w in weights)
        {
            sum += Math.Max(0, w);
        }

        if (total <= 0 || sum <= 0)
        {
            return parts;
        }

        var remainders = new double[weights.Length];
        long assigned = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = total * Math.Max(0, weights[i]) / sum;
            parts[i] = (int)Math.Floor(exact);
            remainders[i] = exact - parts[i];
            assigned += parts[i];
        }

        // Most days split exactly into whole parts: nothing is left to hand out, so nothing is sorted.
        if (assigned >= total)
        {
            return parts;
        }

        // The rest go one each by largest remainder, ties to the lower index (a total order: the unstable sort is
        // deterministic). One index array and a sort instead of LINQ's buffers: this runs per OOAD and day.
        var positives = 0;
        foreach (var w in weights)
        {
            positives += w > 0 ? 1 : 0;
        }

        var order = new int[positives];
        for (int i = 0, k = 0; i < weights.Length; i++)
        {
            if (weights[i] > 0)
            {
                order[k++] = i;
            }
        }

        Array.Sort(order, (a, b) =>
        {
            var c = remainders[b].CompareTo(remainders[a]);
            return c != 0 ? c : a.CompareTo(b);
        });
        for (var k = 0; assigned < total && order.Length > 0; k++)
        {
            parts[order[k % order.Length]]++;
            assigned++;
        }

        return parts;
    }

    private static int PoissonByInversion(ref CounterRng rng, double lambda)
    {
        var limit = Math.Exp(-lambda);
        var product = rng.NextDouble();
        var count = 0;
        while (product > limit)
        {
            product *= rng.NextDouble();
            count++;
        }

        return count;
    }

    private static int PoissonPtrs(ref CounterRng rng, double lambda)
    {
        var logLambda = Math.Log(lambda);
        var b = 0.931 + 2.53 * Math.Sqrt(lambda);
        var a = -0.059 + 0.02483 * b;
        var invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        var vr = 0.9277 - 3.6224 / (b - 2);
        while (true)
        {
            var u = rng.NextDouble() - 0.5;
            var v = rng.NextOpenDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((2 * a / us + b) * u + lambda + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return (int)k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (Math.Log(v) + Math.Log(invAlpha) - Math.Log(a / (us * us) + b)
                <= -lambda + k * logLambda - SpecialFunctions.GammaLn(k + 1))
            {
                return (int)k;
            }
        }
    }
}
