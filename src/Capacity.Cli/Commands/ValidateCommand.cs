using System.CommandLine;
using Capacity.Domain.Network;
using Capacity.Scenarios;
using Capacity.Scenarios.Loading;
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
            var units = s.Network.Hospitals.Count(h => h.Type == HospitalType.TemporaryUnit);
            var hospitals = s.Network.Hospitals.Length - units;
            AnsiConsole.MarkupLineInterpolated(
                $"[green]OK[/] {s.Name}: {s.Days} days from {s.Start:yyyy-MM-dd}, seed {s.Seed}, network {s.NetworkSource} ({s.Network.Ooads.Length} OOAD, {hospitals} hospitals, {units} temporary units, {s.Network.Warehouses.Length} warehouses), reconversion {ReconversionYamlCodes.Policy(s.Reconversion.Policy)}, sha256 {loaded.Sha256[..12]}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
