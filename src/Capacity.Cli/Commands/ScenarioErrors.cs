using Capacity.Scenarios;

namespace Capacity.Cli.Commands;

/// <summary>Turns scenario errors into a readable list on stderr and exit code 2.</summary>
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
