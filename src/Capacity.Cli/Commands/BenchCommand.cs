using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Capacity.Cli.Hosting;
using Capacity.Cli.Running;
using Capacity.Domain.Simulation;
using Spectre.Console;

namespace Capacity.Cli.Commands;

/// <summary>
/// <c>capacity bench</c>: runs one scenario with the inline kernel and with the grain engine on an embedded
/// silo, in the same process, after a warm-up run of each, and reports wall time, throughput, allocations and
/// the grain/inline ratio. Engines are timed without writing files; both must produce the same digest.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var scenario = new ScenarioOptions();
        var repeat = new Option<int>("--repeat")
        {
            Description = "Timed runs per engine after one warm-up run (default 3).",
            DefaultValueFactory = _ => 3,
        };
        var markdown = new Option<FileInfo?>("--markdown")
        {
            Description = "Also append the report as a Markdown section to this file.",
        };
        var ensemble = new Option<string?>("--ensemble")
        {
            Description = "Also measure ensemble throughput at these concurrency levels, e.g. 1,2,4,8 (replicas per minute).",
        };
        var command = new Command("bench", "Time the inline kernel and the grain engine on the same scenario.");
        scenario.AddTo(command);
        command.Options.Add(repeat);
        command.Options.Add(markdown);
        command.Options.Add(ensemble);
        command.Validators.Add(result =>
        {
            if (result.GetValue(ensemble) is { } text && Levels(text) is null)
            {
                result.AddError($"--ensemble: '{text}' is not a list of positive whole numbers (e.g. 1,2,4,8).");
            }
        });
        command.SetAction((parse, cancellationToken) => ScenarioErrors.GuardAsync(async () =>
        {
            var s = scenario.Load(parse).Scenario;
            var runs = Math.Max(1, parse.GetValue(repeat));
            await using var silo = await ClusterConnection.OpenAsync(Capacity.Hosting.ClusterSettings.Embedded, null, cancellationToken);
            var inline = await MeasureAsync(EngineKind.Inline, s, runs, silo, cancellationToken);
            var orleans = await MeasureAsync(EngineKind.Orleans, s, runs, silo, cancellationToken);
            var report = Report(s, runs, inline, orleans);
            if (parse.GetValue(ensemble) is { } levels)
            {
                report += await EnsembleBench.ReportAsync(s, Levels(levels)!, silo, cancellationToken);
            }

            Console.Out.Write(report);
            if (parse.GetValue(markdown) is { } file)
            {
                await File.AppendAllTextAsync(file.FullName, report, cancellationToken);
            }

            return inline.Digest == orleans.Digest ? ExitCodes.Ok : ExitCodes.Failure;
        }));
        return command;
    }

    private static int[]? Levels(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var levels = parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 0).ToArray();
        return levels.Length > 0 && levels.All(n => n > 0) ? levels : null;
    }

    private static async Task<BenchResult> MeasureAsync(EngineKind kind, Scenario scenario, int runs, ClusterConnection silo, CancellationToken cancellationToken)
    {
        var times = new List<TimeSpan>();
        var allocated = 0L;
        var digest = "";
        for (var run = 0; run <= runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var result = new ResultDigest();
            await using (var session = await EngineSession.StartAsync(kind, scenario, cancellationToken, silo))
            {
                for (var day = 0; day < scenario.Days; day++)
                {
                    result.Add(await session.Engine.StepAsync(day, cancellationToken));
                }
            }

            clock.Stop();
            digest = result.Finish();
            AnsiConsole.MarkupLineInterpolated($"[grey]{kind} run {run}{(run == 0 ? " (warm-up)" : "")}: {clock.Elapsed.TotalSeconds:F2} s[/]");
            if (run > 0)
            {
                times.Add(clock.Elapsed);
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            }
        }

        var entities = scenario.Network.Hospitals.Length + scenario.Network.Ooads.Length + scenario.Network.Warehouses.Length;
        return new BenchResult(kind.ToString().ToLowerInvariant(), entities, scenario.Days, times, allocated, digest);
    }

    private static string Report(Scenario scenario, int runs, BenchResult inline, BenchResult orleans)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"## capacity bench: {scenario.Name}, {scenario.Days} days, {scenario.Network.Hospitals.Length} hospitals");
        text.AppendLine();
        text.AppendLine(c, $"Machine: {Environment.MachineName}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}. Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. {runs} timed runs per engine after one warm-up.");
        text.AppendLine();
        text.AppendLine("| engine | best (s) | median (s) | ticks/s | entity-days/s | allocated per run (MB) |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var r in new[] { inline, orleans })
        {
            text.AppendLine(c, $"| {r.Engine} | {r.Best.TotalSeconds:F2} | {r.Median.TotalSeconds:F2} | {r.TicksPerSecond:F0} | {r.EntityDaysPerSecond:F0} | {r.AllocatedBytesPerRun / 1048576.0:F0} |");
        }

        text.AppendLine();
        text.AppendLine(c, $"Grain engine / inline kernel (median): **{orleans.Median.TotalSeconds / inline.Median.TotalSeconds:F2}×**. Peak working set of the process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB.");
        text.AppendLine(c, $"Same results: {(inline.Digest == orleans.Digest ? "yes" : "NO")} (digest {inline.Digest[..16]}).");
        text.AppendLine();
        return text.ToString();
    }
}
