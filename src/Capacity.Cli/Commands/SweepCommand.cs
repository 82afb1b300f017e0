using System.CommandLine;
using Capacity.Cli.Hosting;
using Capacity.Cli.Running;
using Capacity.Results.Sweeps;
using Spectre.Console;

namespace Capacity.Cli.Commands;

/// <summary><c>capacity sweep</c>: one run per cell of a parameter grid, plus sweep.csv and sweep.md.</summary>
internal static class SweepCommand
{
    public static Command Create()
    {
        var scenario = new ScenarioOptions();
        var param = new Option<string[]>("--param") { Description = "A swept field: --param demand.attackRate=0.01,0.02 (repeatable; the grid is the cartesian product).", Required = true };
        var parallel = new Option<int>("--parallel") { Description = "Cells running at once (default: processor count).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var engine = new Option<EngineKind>("--engine") { Description = "orleans (embedded silo, default) or inline.", DefaultValueFactory = _ => EngineKind.Orleans };
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Sweep directory (default runs/<scenario>-sweep). Replaced atomically." };
        var cluster = new ClusterOptions();
        var command = new Command("sweep", "Run every cell of a parameter grid and write cell-NNN/ run directories, sweep.csv and sweep.md.");
        scenario.AddTo(command);
        command.Options.Add(param);
        command.Options.Add(parallel);
        command.Options.Add(engine);
        command.Options.Add(output);
        cluster.AddTo(command);
        command.SetAction((parse, cancellationToken) => ScenarioErrors.GuardAsync(async () =>
        {
            var parameters = (parse.GetValue(param) ?? []).Select(SweepParameter.Parse).ToArray();
            var width = Math.Max(1, parse.GetValue(parallel));
            var s = scenario.Load(parse).Scenario;
            var directory = parse.GetValue(output)?.FullName ?? Path.GetFullPath(Path.Combine("runs", s.Name + "-sweep"));
            var kind = parse.GetValue(engine);
            // Check every cell before starting a silo: a bad path or value must fail fast and write nothing.
            foreach (var cell in SweepGrid.Cells(parameters))
            {
                scenario.Load(parse, cell);
            }

            await using var silo = kind == EngineKind.Orleans ? await cluster.OpenAsync(parse, cancellationToken) : null;
            var outcomes = await SweepRunner.RunAsync(
                extra => scenario.Load(parse, extra),
                parameters,
                width,
                EngineFactories.For(kind, silo),
                directory,
                (run, _) => AnsiConsole.MarkupLineInterpolated($"[grey]{run.Name} done[/]"),
                cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"Sweep directory: [bold]{directory}[/] ({outcomes.Length} cells)");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
