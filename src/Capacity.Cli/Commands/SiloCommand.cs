using System.CommandLine;
using Capacity.Hosting;
using Capacity.Server;
using Microsoft.Extensions.Hosting;

namespace Capacity.Cli.Commands;

/// <summary>
/// <c>capacity silo</c>: a silo of the cluster and nothing else, until Ctrl+C or SIGTERM (a graceful stop hands its
/// grains over to the other silos). Runs reach it through <c>capacity run --cluster postgres</c> or the web host.
/// </summary>
internal static class SiloCommand
{
    public static Command Create()
    {
        var silo = new SiloOptions();
        var urls = new Option<string>("--urls")
        {
            Description = "HTTP address(es) of the silo's /healthz and /dashboard.",
            DefaultValueFactory = _ => "http://localhost:8081",
        };
        var command = new Command("silo", "Run a silo of the cluster (grains only; GET /healthz, Orleans Dashboard at /dashboard).");
        silo.AddTo(command);
        command.Options.Add(urls);
        command.SetAction(async (parse, cancellationToken) =>
        {
            ClusterSettings settings;
            try
            {
                settings = silo.Settings(parse);
            }
            catch (ClusterSettingsException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.BadInput;
            }

            if (!settings.IsCluster)
            {
                Console.Error.WriteLine("warning: an embedded silo serves only this process; `capacity silo` is useful with --cluster postgres.");
            }

            await using var app = SiloWebApp.Build(settings, parse.GetRequiredValue(urls));
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Console.Error.WriteLine($"error: the silo did not start: {e.Message}");
                return ExitCodes.Failure;
            }

            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
