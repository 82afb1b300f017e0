using System.CommandLine;
using Capacity.Hosting;
using Capacity.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Capacity.Cli.Commands;

/// <summary>
/// <c>capacity serve</c>: the web host (UI, REST API, Orleans Dashboard) on an embedded silo, or as one more silo of a cluster. Options map onto the host's
/// configuration; anything else ASP.NET understands can still come from <c>Capacity__…</c> environment variables.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Address(es) to listen on.",
            DefaultValueFactory = _ => "http://localhost:5000",
        };
        var scenarios = new Option<DirectoryInfo>("--scenarios")
        {
            Description = "Folder of scenario YAML files offered in the UI.",
            DefaultValueFactory = _ => new DirectoryInfo("scenarios"),
        };
        var runs = new Option<DirectoryInfo>("--runs")
        {
            Description = "Folder of run directories (runs started in the UI go here; completed runs in it are listed).",
            DefaultValueFactory = _ => new DirectoryInfo("runs"),
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = "Key for mutating endpoints (X-Api-Key). Default: generated at start-up and printed.",
        };
        var silo = new SiloOptions();
        var checkpointEvery = ClusterOptions.NewCheckpointEvery("Checkpoint runs started here every K days");
        var command = new Command("serve", "Start the web app: launch and follow runs, stock board, map, downloads; REST API at /api, docs at /api/docs, Orleans Dashboard at /dashboard.");
        command.Options.Add(urls);
        command.Options.Add(scenarios);
        command.Options.Add(runs);
        command.Options.Add(apiKey);
        silo.AddTo(command);
        command.Options.Add(checkpointEvery);
        command.SetAction(async (parse, cancellationToken) =>
        {
            List<string> args =
            [
                "--urls", parse.GetRequiredValue(urls),
                $"--Capacity:ScenariosDirectory={parse.GetRequiredValue(scenarios).FullName}",
                $"--Capacity:RunsDirectory={parse.GetRequiredValue(runs).FullName}",
            ];
            if (parse.GetValue(apiKey) is { Length: > 0 } key)
            {
                args.Add($"--Capacity:ApiKey={key}");
            }

            AddSetting(args, "Cluster", parse.GetValue(silo.Cluster));
            AddSetting(args, "Connection", parse.GetValue(silo.Connection));
            AddSetting(args, "SiloPort", parse.GetValue(silo.SiloPort));
            AddSetting(args, "GatewayPort", parse.GetValue(silo.GatewayPort));
            AddSetting(args, "Advertise", parse.GetValue(silo.Advertise));
            AddSetting(args, "CheckpointEvery", parse.GetValue(checkpointEvery));
            WebApplication app;
            try
            {
                app = CapacityWebApp.Build([.. args]);
            }
            catch (ClusterSettingsException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.BadInput;
            }

            await using var _ = app;
            await app.StartAsync(cancellationToken);
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    // Only options the user gave: the rest stay with the configuration (Capacity__… environment, appsettings).
    private static void AddSetting<T>(List<string> args, string key, T? value)
    {
        if (value is not null && value.ToString() is { Length: > 0 } text)
        {
            args.Add($"--Capacity:{key}={text}");
        }
    }
}
