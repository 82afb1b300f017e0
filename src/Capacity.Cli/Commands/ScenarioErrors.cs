using Capacity.Grains.Checkpoints;
using Capacity.Hosting;
using Capacity.Scenarios;

namespace Capacity.Cli.Commands;

/// <summary>
/// Turns scenario errors and bad cluster options into a readable list on stderr and exit code 2, an unreachable
/// cluster or a run that could not recover into one line and exit code 1, and an interrupted command into exit code
/// 130; in every case nothing was written.
/// </summary>
internal static class ScenarioErrors
{
    public static int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (ScenarioException e)
        {
            return Report(e);
        }
    }

    public static async Task<int> GuardAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (ScenarioException e)
        {
            return Report(e);
        }
        catch (ClusterSettingsException e)
        {
            Console.Error.WriteLine($"error: {e.Message} Nothing was run or written.");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is ClusterUnavailableException or RunRecoveryFailedException)
        {
            Console.Error.WriteLine($"error: {e.Message} Nothing was written.");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Cancelled: nothing was written.");
            return ExitCodes.Cancelled;
        }
    }

    private static int Report(ScenarioException e)
    {
        foreach (var error in e.Errors)
        {
            Console.Error.WriteLine($"error: {error}");
        }

        Console.Error.WriteLine($"{e.Errors.Length} error(s); nothing was run or written.");
        return ExitCodes.BadInput;
    }
}
