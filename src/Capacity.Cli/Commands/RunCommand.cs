using System.CommandLine;
using System.Globalization;
using Capacity.Cli.Running;
using Capacity.Results;
using Spectre.Console;

namespace Capacity.Cli.Commands;

/// <summary><c>capacity run</c>: simulates a scenario and writes its run directory.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var scenario = new ScenarioOptions();
        var engine = new Option<EngineKind>("--engine")
        {
            Description = "orleans (grains on an embedded silo, default, or on the --cluster) or inline (pure in-process kernel).",
            DefaultValueFactory = _ => EngineKind.Orleans,
        };
        var output = new Option<DirectoryInfo?>("--output", "-o")
        {
            Description = "Run directory to write (default runs/<scenario>-<seed>). Replaced atomically if it exists.",
        };
        var cluster = new ClusterOptions();
        var command = new Command("run", "Simulate a scenario and write manifest.json, daily_*.csv/.parquet, events.csv and summary.md.");
        scenario.AddTo(command);
        command.Options.Add(engine);
        command.Options.Add(output);
        cluster.AddTo(command);
        command.SetAction((parse, cancellationToken) => ScenarioErrors.GuardAsync(async () =>
        {
            var loaded = scenario.Load(parse);
            var s = loaded.Scenario;
            var runDirectory = parse.GetValue(output)?.FullName
                ?? Path.GetFullPath(Path.Combine("runs", string.Create(CultureInfo.InvariantCulture, $"{s.Name}-{s.Seed}")));
            var kind = parse.GetValue(engine);
            await using var connection = kind == EngineKind.Orleans ? await cluster.OpenAsync(parse, cancellationToken) : null;
            await using var session = await EngineSession.StartAsync(kind, s, cancellationToken, connection);
            RunOutcome? outcome = null;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"{s.Name} ({session.Engine.Name})", maxValue: s.Days);
                    outcome = await RunExecutor.ExecuteAsync(
                        session.Engine,
                        session.Silos,
                        s,
                        new ScenarioProvenance(loaded.SourcePath, loaded.EffectiveYaml, loaded.Sha256),
                        runDirectory,
                        result => task.Value = result.Day + 1,
                        cancellationToken);
                });
            Print(outcome!);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Print(RunOutcome outcome)
    {
        var table = new Table().AddColumns("KPI", "Value");
        foreach (var (name, value) in outcome.Kpis.Rows())
        {
            table.AddRow(Markup.Escape(name), Markup.Escape(value));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"Run directory: [bold]{outcome.RunDirectory}[/]");
    }
}
