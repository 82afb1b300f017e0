using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Capacity.Cli.Hosting;
using Capacity.Cli.Running;
using Capacity.Domain.Simulation;
using Capacity.Scenarios.Scaling;
using Spectre.Console;

namespace Capacity.Cli.Commands;

/// <summary>
/// <c>capacity bench</c>: runs one scenario with the inline kernel and with the grain engine on an embedded
/// silo, in the same process, after a warm-up run of each, and reports wall time, throughput, allocations, peak
/// memory and the grain/inline ratio. With <c>--scales</c> it repeats this on synthetic networks N times the size
/// (<see cref="ScaledScenario"/>) to show how time and memory grow with the network. Engines are timed without
/// writing files; both must produce the same digest at every scale.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var scenario = new ScenarioOptions();
        var repeat = new Option<int>("--repeat")
        {
            Description = "Timed runs per engine and scale (default 3); the first scale gets one warm-up run per engine first.",
            DefaultValueFactory = _ => 3,
        };
        var scales = new Option<string>("--scales")
        {
            Description = "Network scales to measure, e.g. 1,10,100: N runs the scenario on a synthetic network N times the size "
                + "(same OOADs, N× hospitals, warehouses and absolute figures; docs/network.md). Default 1. "
                + "A national year at 100× takes minutes per run: use --repeat 1.",
            DefaultValueFactory = _ => "1",
        };
        var markdown = new Option<FileInfo?>("--markdown")
        {
            Description = "Also append the report as a Markdown section to this file.",
        };
        var ensemble = new Option<string?>("--ensemble")
        {
            Description = "Also measure ensemble throughput at these concurrency levels, e.g. 1,2,4,8 (replicas per minute; scale 1).",
        };
        var command = new Command("bench", "Time the inline kernel and the grain engine on the same scenario, optionally at several network scales.");
        scenario.AddTo(command);
        command.Options.Add(repeat);
        command.Options.Add(scales);
        command.Options.Add(markdown);
        command.Options.Add(ensemble);
        command.Validators.Add(result =>
        {
            if (result.GetValue(scales) is { } text && Levels(text) is null)
            {
                result.AddError($"--scales: '{text}' is not a list of positive whole numbers (e.g. 1,10,100).");
            }

            if (result.GetValue(ensemble) is { } levels && Levels(levels) is null)
            {
                result.AddError($"--ensemble: '{levels}' is not a list of positive whole numbers (e.g. 1,2,4,8).");
            }
        });
        command.SetAction((parse, cancellationToken) => ScenarioErrors.GuardAsync(async () =>
        {
            var s = scenario.Load(parse).Scenario;
            var runs = Math.Max(1, parse.GetValue(repeat));
            if (Scaled(s, Levels(parse.GetValue(scales) ?? "1")!) is not { } scaled)
            {
                return ExitCodes.BadInput;
            }

            await using var silo = await ClusterConnection.OpenAsync(Capacity.Hosting.ClusterSettings.Embedded, null, cancellationToken);
            var results = new List<BenchResult>();
            foreach (var (scale, at) in scaled)
            {
                // One warm-up per engine, before the first scale, on the unscaled scenario: it only has to JIT the
                // code, and a warm-up at 100× would cost minutes.
                var warmUp = results.Count == 0 ? s : null;
                results.Add(await MeasureAsync(EngineKind.Inline, at, scale, runs, warmUp, silo, cancellationToken));
                results.Add(await MeasureAsync(EngineKind.Orleans, at, scale, runs, warmUp, silo, cancellationToken));
            }

            var report = BenchReport.Render(s, runs, results);
            if (parse.GetValue(ensemble) is { } levels)
            {
                report += await EnsembleBench.ReportAsync(s, Levels(levels)!, silo, cancellationToken);
            }

            Console.Out.Write(report);
            if (parse.GetValue(markdown) is { } file)
            {
                await File.AppendAllTextAsync(file.FullName, report, cancellationToken);
            }

            return BenchReport.SameResults(results) ? ExitCodes.Ok : ExitCodes.Failure;
        }));
        return command;
    }

    private static int[]? Levels(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var levels = parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 0).ToArray();
        return levels.Length > 0 && levels.All(n => n > 0) ? levels : null;
    }

    // Every scale's scenario before anything runs, smallest first, so a scenario that cannot be scaled fails at once.
    private static List<(int Scale, Scenario Scenario)>? Scaled(Scenario scenario, IEnumerable<int> scales)
    {
        var scaled = new List<(int, Scenario)>();
        foreach (var scale in scales.Distinct().Order())
        {
            try
            {
                scaled.Add((scale, ScaledScenario.Of(scenario, scale)));
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"error: --scales {scale}: {e.Message} Nothing was run.");
                return null;
            }
        }

        return scaled;
    }

    private static async Task<BenchResult> MeasureAsync(
        EngineKind kind, Scenario scenario, int scale, int runs, Scenario? warmUp, ClusterConnection silo, CancellationToken cancellationToken)
    {
        if (warmUp is not null)
        {
            var (wall, _) = await RunAsync(kind, warmUp, silo, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"[grey]{kind} warm-up ({warmUp.Network.Hospitals.Length} hospitals): {wall.TotalSeconds:F2} s[/]");
        }

        var (times, cpu, pauses) = (new List<TimeSpan>(), new List<TimeSpan>(), new List<TimeSpan>());
        long allocated = 0, peakManaged = 0, peakWorkingSet = 0;
        var digest = "";
        for (var run = 1; run <= runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var (cpuBefore, pausedBefore) = (ProcessCpu(), GC.GetTotalPauseDuration());
            var sampler = MemorySampler.Start();
            (var wall, digest) = await RunAsync(kind, scenario, silo, cancellationToken);
            cpu.Add(ProcessCpu() - cpuBefore);
            pauses.Add(GC.GetTotalPauseDuration() - pausedBefore);
            var (managed, workingSet) = await sampler.StopAsync();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            (peakManaged, peakWorkingSet) = (Math.Max(peakManaged, managed), Math.Max(peakWorkingSet, workingSet));
            times.Add(wall);
            AnsiConsole.MarkupLineInterpolated($"[grey]{kind} {scale}× run {run}: {wall.TotalSeconds:F2} s, peak working set {workingSet / 1048576.0:F0} MB[/]");
        }

        var network = scenario.Network;
        var entities = network.Hospitals.Length + network.Ooads.Length + network.Warehouses.Length;
        return new BenchResult(
            kind.ToString().ToLowerInvariant(), scale, network.Hospitals.Length, entities, scenario.Days, times, cpu, pauses, allocated, peakManaged, peakWorkingSet, digest);
    }

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    // One run without files: engine start (grain activation included), every day, disposal.
    private static async Task<(TimeSpan Wall, string Digest)> RunAsync(EngineKind kind, Scenario scenario, ClusterConnection silo, CancellationToken cancellationToken)
    {
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
        return (clock.Elapsed, result.Finish());
    }
}
