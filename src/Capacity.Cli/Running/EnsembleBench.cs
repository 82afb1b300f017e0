using System.Diagnostics;
using System.Globalization;
using System.Text;
using Capacity.Cli.Hosting;
using Capacity.Domain.Simulation;
using Spectre.Console;

namespace Capacity.Cli.Running;

/// <summary>
/// Ensemble throughput: for each concurrency level P, P replicas (seeds base + i, as <c>capacity ensemble</c>) step
/// at the same time on one engine kind, without writing files; replicas per minute = P ÷ wall time × 60. The grain
/// engine runs them on the shared embedded silo with distinct run ids; the inline kernel on the thread pool.
/// </summary>
internal static class EnsembleBench
{
    /// <summary>Wall time of one wave of <paramref name="replicas"/> concurrent replicas.</summary>
    public static async Task<TimeSpan> MeasureAsync(EngineKind kind, Scenario scenario, int replicas, ClusterConnection silo, CancellationToken cancellationToken)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, replicas).Select(i => Task.Run(
            async () =>
            {
                await using var session = await EngineSession.StartAsync(kind, scenario with { Seed = scenario.Seed + i }, cancellationToken, silo);
                for (var day = 0; day < scenario.Days; day++)
                {
                    await session.Engine.StepAsync(day, cancellationToken);
                }
            },
            cancellationToken)));
        clock.Stop();
        AnsiConsole.MarkupLineInterpolated($"[grey]{kind} ensemble of {replicas}: {clock.Elapsed.TotalSeconds:F2} s[/]");
        return clock.Elapsed;
    }

    /// <summary>Runs a warm-up wave, then every level for both engines, and renders the Markdown table.</summary>
    public static async Task<string> ReportAsync(Scenario scenario, IReadOnlyList<int> levels, ClusterConnection silo, CancellationToken cancellationToken)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"### Ensemble throughput: {scenario.Name}, {scenario.Days} days, replicas stepping concurrently");
        text.AppendLine();
        text.AppendLine("| concurrent replicas | inline wall (s) | inline replicas/min | grain wall (s) | grain replicas/min |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var kind in new[] { EngineKind.Inline, EngineKind.Orleans })
        {
            await MeasureAsync(kind, scenario, 1, silo, cancellationToken);
        }

        foreach (var level in levels)
        {
            var inline = await MeasureAsync(EngineKind.Inline, scenario, level, silo, cancellationToken);
            var grains = await MeasureAsync(EngineKind.Orleans, scenario, level, silo, cancellationToken);
            text.AppendLine(c, $"| {level} | {inline.TotalSeconds:F2} | {PerMinute(level, inline):F1} | {grains.TotalSeconds:F2} | {PerMinute(level, grains):F1} |");
        }

        text.AppendLine();
        return text.ToString();
    }

    private static double PerMinute(int replicas, TimeSpan wall) => replicas / wall.TotalMinutes;
}
