using System.CommandLine;
using Capacity.Scenarios;
using Spectre.Console;

namespace Capacity.Cli.Commands;

/// <summary><c>capacity validate</c>: loads a scenario and reports every error, without running it.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var scenario = new ScenarioOptions();
        var command = new Command("validate", "Check a scenario file and print every error with file, line, column and field path.");
        scenario.AddTo(command);
        command.SetAction(parse => ScenarioErrors.Guard(() =>
        {
            var loaded = scenario.Load(parse);
            var s = loaded.Scenario;
            AnsiConsole.MarkupLineInterpolated(
                $"[green]OK[/] {s.Name}: {s.Days} days from {s.Start:yyyy-MM-dd}, seed {s.Seed}, network {s.NetworkSource} ({s.Network.Ooads.Length} OOAD, {s.Network.Hospitals.Length} hospitals, {s.Network.Warehouses.Length} warehouses), sha256 {loaded.Sha256[..12]}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
