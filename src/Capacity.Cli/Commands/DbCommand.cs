using System.CommandLine;
using Capacity.Hosting;

namespace Capacity.Cli.Commands;

/// <summary>
/// <c>capacity db init [--connection CS]</c>: installs the Orleans tables and queries into a PostgreSQL database. It
/// is idempotent and safe to run concurrently (see <see cref="DatabaseSchema"/>), so compose can run it on every start.
/// </summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var command = new Command("db", "Manage the PostgreSQL database of a cluster.");
        command.Subcommands.Add(CreateInit());
        return command;
    }

    private static Command CreateInit()
    {
        var connection = new Option<string?>("--connection")
        {
            Description = $"Npgsql connection string (default: the {ClusterSettings.ConnectionVariable} environment variable, which keeps the password out of the command line).",
        };
        var init = new Command("init", "Create the Orleans membership and checkpoint tables; does nothing where they exist.");
        init.Options.Add(connection);
        init.SetAction(async (parse, cancellationToken) => await InitAsync(parse.GetValue(connection), cancellationToken));
        return init;
    }

    private static async Task<int> InitAsync(string? connection, CancellationToken cancellationToken)
    {
        ClusterSettings settings;
        try
        {
            settings = ClusterSettings.Resolve("postgres", connection);
        }
        catch (ClusterSettingsException e)
        {
            // Resolve's wording is about --cluster postgres, which db init does not take.
            var message = e.Message.StartsWith("--cluster postgres needs", StringComparison.Ordinal)
                ? $"db init needs a connection string: give --connection or set {ClusterSettings.ConnectionVariable}."
                : e.Message;
            await Console.Error.WriteLineAsync($"error: {message}");
            return ExitCodes.BadInput;
        }

        try
        {
            var result = await DatabaseSchema.InstallAsync(settings.ConnectionString!, cancellationToken);
            foreach (var part in result.Installed)
            {
                Console.Out.WriteLine($"installed: {part}");
            }

            foreach (var part in result.AlreadyPresent)
            {
                Console.Out.WriteLine($"already present: {part}");
            }

            Console.Out.WriteLine(result.ChangedNothing
                ? "Database already initialised; nothing changed."
                : "Database initialised.");
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("error: interrupted; the transaction was rolled back.");
            return ExitCodes.Cancelled;
        }
        catch (ClusterSettingsException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (DatabaseSchemaException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
