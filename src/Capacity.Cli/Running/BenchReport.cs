using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Capacity.Domain.Simulation;

namespace Capacity.Cli.Running;

/// <summary>
/// The Markdown report of <c>capacity bench</c>: one row per network scale and engine, the grain/inline ratio per
/// scale and, for scales above 1, how the time grows with the network (the linearity check of issue 9: the 100×
/// network should take at most 110× the national time).
/// </summary>
internal static class BenchReport
{
    /// <summary>Allowed growth of the time per unit of scale: time(N) ≤ 1.1 × N × time(1) passes.</summary>
    public const double LinearityTarget = 1.1;

    private const double Megabyte = 1024 * 1024;
    private const double Gibibyte = 1024 * Megabyte;
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Whether both engines gave the same digest at every scale.</summary>
    public static bool SameResults(IReadOnlyList<BenchResult> results) =>
        results.GroupBy(r => r.Scale).All(g => g.Select(r => r.Digest).Distinct(StringComparer.Ordinal).Count() == 1);

    /// <summary>Renders the report; <paramref name="results"/> holds inline then orleans for each scale, scales ascending.</summary>
    public static string Render(Scenario scenario, int runs, IReadOnlyList<BenchResult> results)
    {
        var scales = results.Select(r => r.Scale).Distinct().Order().ToList();
        var text = new StringBuilder();
        text.AppendLine(C, $"## capacity bench: {scenario.Name}, {scenario.Days} days, {scenario.Network.Hospitals.Length} hospitals, scales {string.Join(", ", scales.Select(Times))}");
        text.AppendLine();
        text.AppendLine(C, $"Machine: {Environment.MachineName}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}. Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. {runs} timed runs per engine and scale; one warm-up run per engine before the first scale, none for the larger ones (the JIT is warm).");
        text.AppendLine();
        text.AppendLine(C, $"GC: {GcSettings()}.");
        text.AppendLine();
        text.AppendLine("| scale | hospitals | entities | engine | best (s) | median (s) | CPU (s) | GC pauses (s) | ticks/s | entity-days/s | allocated per run (MB) | peak managed heap (MB) | peak working set (MB) |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            text.AppendLine(C, $"| {Times(r.Scale)} | {r.Hospitals} | {r.Entities} | {r.Engine} | {r.Best.TotalSeconds:F2} | {r.Median.TotalSeconds:F2} | {r.MedianCpu.TotalSeconds:F2} | {r.MedianGcPause.TotalSeconds:F2} | {r.TicksPerSecond:F0} | {r.EntityDaysPerSecond:F0} | {r.AllocatedBytesPerRun / Megabyte:F0} | {r.PeakManagedBytes / Megabyte:F0} | {r.PeakWorkingSetBytes / Megabyte:F0} |");
        }

        text.AppendLine();
        var ratios = scales.Select(scale => $"{Times(scale)} **{Ratio(Of(results, scale, "orleans"), Of(results, scale, "inline")):F2}×**");
        text.AppendLine(C, $"Grain engine / inline kernel (median): {string.Join(", ", ratios)}.");
        Linearity(text, results, scales);
        using var process = Process.GetCurrentProcess();
        var peak = process.PeakWorkingSet64;
        text.AppendLine(C, $"Peak working set of the process: {peak / Megabyte:F0} MB ({peak / Gibibyte:F2} GiB); peak managed heap sampled: {results.Max(r => r.PeakManagedBytes) / Gibibyte:F2} GiB.");
        text.AppendLine(C, $"Same results: {Digests(results, scales)}.");
        text.AppendLine();
        return text.ToString();
    }

    // time(N)/time(1) per engine for every scale above 1, against N: linear growth is the target.
    private static void Linearity(StringBuilder text, IReadOnlyList<BenchResult> results, IReadOnlyList<int> scales)
    {
        if (!scales.Contains(1) || scales.All(s => s == 1))
        {
            return;
        }

        text.AppendLine();
        text.AppendLine(C, $"| scale | engine | time(N) / time(1) (median) | per unit of scale | target ≤ {LinearityTarget:F1} × N | CPU(N) / CPU(1) |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var scale in scales.Where(s => s > 1))
        {
            foreach (var engine in new[] { "inline", "orleans" })
            {
                var (large, national) = (Of(results, scale, engine), Of(results, 1, engine));
                var growth = Ratio(large, national);
                var verdict = growth <= LinearityTarget * scale ? "✔" : "✘";
                var cpuGrowth = large.MedianCpu / national.MedianCpu;
                text.AppendLine(C, $"| {Times(scale)} | {engine} | {growth:F1}× | {growth / scale:F2} | {verdict} (≤ {LinearityTarget * scale:F0}×) | {cpuGrowth:F1}× |");
            }
        }

        text.AppendLine();
    }

    private static string Digests(IReadOnlyList<BenchResult> results, IReadOnlyList<int> scales)
    {
        if (!SameResults(results))
        {
            var differing = scales.Where(s => Of(results, s, "inline").Digest != Of(results, s, "orleans").Digest)
                .Select(s => $"{Times(s)}: inline {Of(results, s, "inline").Digest[..16]}, orleans {Of(results, s, "orleans").Digest[..16]}");
            return $"NO ({string.Join("; ", differing)})";
        }

        return scales.Count == 1
            ? $"yes (digest {results[0].Digest[..16]})"
            : $"yes (digest {string.Join(", ", scales.Select(s => $"{Of(results, s, "inline").Digest[..16]} at {Times(s)}"))})";
    }

    private static BenchResult Of(IReadOnlyList<BenchResult> results, int scale, string engine) =>
        results.Single(r => r.Scale == scale && r.Engine == engine);

    private static double Ratio(BenchResult a, BenchResult b) => a.Median.TotalSeconds / b.Median.TotalSeconds;

    // The settings that moved these numbers (docs/benchmarks.md "GC settings"), as the runtime reports them in effect.
    private static string GcSettings()
    {
        string[] wanted = ["ServerGC", "Concurrent", "HeapCount", "DynamicAdaptation"];
        var settings = GC.GetConfigurationVariables()
            .Where(p => wanted.Any(w => p.Key.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => string.Create(C, $"{p.Key}={p.Value}"));

        // The runtime does not list the gen0 budget among its variables; it can only come from the environment.
        var gen0 = Environment.GetEnvironmentVariable("DOTNET_GCgen0size") ?? Environment.GetEnvironmentVariable("COMPlus_GCgen0size");
        return string.Join(", ", settings.Append($"DOTNET_GCgen0size={gen0 ?? "(default)"}"));
    }

    private static string Times(int scale) => scale.ToString(C) + "×";
}
