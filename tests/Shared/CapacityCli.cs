using System.Diagnostics;
using System.Text;

namespace Capacity.Testing;

/// <summary>
/// Starts the real <c>capacity</c> program as a child process (<c>dotnet capacity.dll …</c>) with chosen environment
/// variables. The cluster variables (CAPACITY_CLUSTER, CAPACITY_CONNECTION) of the test process are never passed
/// on: a developer's shell that sets them must not change what a test sees.
/// </summary>
public static class CapacityCli
{
    /// <summary>A run that lasts longer is killed and fails the test: a safety net against a hung process.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>Start information for <c>capacity</c> with <paramref name="arguments"/>, the environment rules above, output redirected.</summary>
    public static ProcessStartInfo StartInfo(
        IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.Environment.Remove("CAPACITY_CLUSTER");
        start.Environment.Remove("CAPACITY_CONNECTION");
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        start.ArgumentList.Add(RepoPaths.CapacityDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>
    /// Runs <c>capacity</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/> and waits for it;
    /// <paramref name="whileRunning"/>, if given, is called with the process id once the process has started.
    /// </summary>
    public static Task<CliResult> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, Func<int, Task>? whileRunning = null) =>
        RunAsync(arguments, new Dictionary<string, string?>(), whileRunning, workingDirectory);

    /// <summary>Runs <c>capacity</c> with <paramref name="arguments"/> and no extra environment.</summary>
    public static Task<CliResult> RunAsync(params string[] arguments) => RunAsync(arguments, new Dictionary<string, string?>());

    /// <summary>
    /// Runs <c>capacity</c> with <paramref name="arguments"/> and waits for it. <paramref name="environment"/> adds
    /// variables (a null value removes one); <paramref name="whileRunning"/>, if given, is called with the process id
    /// once it has started (to kill or signal it).
    /// </summary>
    public static async Task<CliResult> RunAsync(
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string?> environment,
        Func<int, Task>? whileRunning = null,
        string? workingDirectory = null)
    {
        var start = StartInfo(arguments, environment, workingDirectory);
        var commandLine = string.Join(' ', arguments);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (whileRunning is not null)
        {
            await whileRunning(process.Id);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            var killed = new CliResult(commandLine, -1, Normalise(await stdout), Normalise(await stderr));
            Assert.Fail($"Killed after {Limit.TotalMinutes} min or on test cancellation.\n{killed}");
        }

        return new CliResult(commandLine, process.ExitCode, Normalise(await stdout), Normalise(await stderr));
    }

    // The dotnet host that runs these tests, so the child uses the same runtime; "dotnet" from PATH otherwise.
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
