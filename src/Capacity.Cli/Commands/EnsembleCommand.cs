using System.CommandLine;
using System.Globalization;
using Capacity.Cli.Hosting;
using Capacity.Cli.Running;
using Capacity.Results.Batches;
using Capacity.Results.Ensembles;
using Capacity.Scenarios;
using Spectre.Console;

namespace Capacity.Cli.Commands;

/// <summary><c>capacity ensemble</c>: N replicas with seeds base + i, concurrently on one embedded silo, plus P5/P50/P95 bands.</summary>
internal static class EnsembleCommand
{
    public static Command Create()
    {
        var scenario = new ScenarioOptions();
        var replicas = new Option<int>("--replicas") { Description = "Number of replicas (seeds base + 0 … base + N−1).", Required = true };
        var parallel = new Option<int>("--parallel") { Description = "Replicas running at once (default: processor count).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var engine = new Option<EngineKind>("--engine") { Description = "orleans (embedded silo, default) or inline.", DefaultValueFactory = _ => EngineKind.Orleans };
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Ensemble directory (default runs/<scenario>-<seed>-ensemble). Replaced atomically." };
        var cluster = new ClusterOptions();
        var command = new Command("ensemble", "Run N replicas of a scenario and write replica-NNN/ run directories, bands_national.csv, bands_kpis.csv and ensemble.json.");
        scenario.AddTo(command);
        command.Options.Add(replicas);
        command.Options.Add(parallel);
        command.Options.Add(engine);
        command.Options.Add(output);
        cluster.AddTo(command);
        command.SetAction((parse, cancellationToken) => ScenarioErrors.GuardAsync(async () =>
        {
            var count = parse.GetValue(replicas);
            var width = parse.GetValue(parallel);
            if (count < 1 || width < 1)
            {
                Console.Error.WriteLine("error: --replicas and --parallel must be at least 1. Nothing was run or written.");
                return ExitCodes.BadInput;
            }

            var loaded = scenario.Load(parse);
            var s = loaded.Scenario;
            var directory = parse.GetValue(output)?.FullName
                ?? Path.GetFullPath(Path.Combine("runs", string.Create(CultureInfo.InvariantCulture, $"{s.Name}-{s.Seed}-ensemble")));
            var kind = parse.GetValue(engine);
            await using var silo = kind == EngineKind.Orleans ? await cluster.OpenAsync(parse, cancellationToken) : null;
            var outcome = await EnsembleRunner.RunAsync(
                extra => scenario.Load(parse, extra),
                s.Seed,
                count,
                width,
                EngineFactories.For(kind, silo),
                directory,
                (run, _) => AnsiConsole.MarkupLineInterpolated($"[grey]{run.Name} done (seed {run.Scenario.Scenario.Seed})[/]"),
                cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"Ensemble directory: [bold]{outcome.Directory}[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
