using Capacity.Scenarios;

namespace Capacity.Cli.Commands;

/// <summary>
/// Turns scenario errors into a readable list on stderr and exit code 2, and an interrupted command into exit
/// code 130; in both cases nothing was written.
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
