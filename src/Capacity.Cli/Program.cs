using System.CommandLine;
using Capacity.Cli.Commands;
using Spectre.Console;

if (Console.IsOutputRedirected)
{
    // Without a terminal Spectre.Console assumes 80 columns and wraps longer lines, which split the
    // "Run directory:" path and the validate summary in pipes and logs. Redirected output is not wrapped.
    AnsiConsole.Profile.Width = 4096;
}

var root = new RootCommand("Capacity: simulate the IMSS hospital network's COVID-19 capacity and PPE supply (Orleans).")
{
    RunCommand.Create(),
    ValidateCommand.Create(),
    ReportCommand.Create(),
    BenchCommand.Create(),
    EnsembleCommand.Create(),
    SweepCommand.Create(),
    CompareCommand.Create(),
    ServeCommand.Create(),
    SiloCommand.Create(),
    HealthCommand.Create(),
    DbCommand.Create(),
};
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run 'capacity --help' for usage.");
    return ExitCodes.BadInput;
}

// Ctrl+C and SIGTERM cancel the command, which then cleans up: a run deletes its temp directory, a silo hands its grains
// over, an embedded silo stops. System.CommandLine's default of 2 s before it exits anyway cut that short on a loaded
// machine (exit 130 with the temp directory left behind); 20 s stays inside a container's usual stop grace period.
return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(20) });
