using System.Diagnostics;
using System.Text;

namespace Capacity.Cluster.Tests.Support;

/// <summary>The built <c>capacity</c> program, started as a child process (<c>dotnet capacity.dll …</c>).</summary>
public static class CapacityProgram
{
    /// <summary>capacity.dll next to the tests (the project reference copies it with its runtimeconfig).</summary>
    public static string Dll { get; } = File.Exists(Path.Combine(AppContext.BaseDirectory, "capacity.runtimeconfig.json"))
        ? Path.Combine(AppContext.BaseDirectory, "capacity.dll")
        : throw new InvalidOperationException($"capacity.dll with its runtimeconfig is not in {AppContext.BaseDirectory}.");

    /// <summary>Start information for <c>capacity</c> with <paramref name="arguments"/> and extra environment variables.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A child must not inherit a cluster from the developer's shell: every test says what it wants.
        start.Environment.Remove("CAPACITY_CLUSTER");
        start.Environment.Remove("CAPACITY_CONNECTION");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>Runs <c>capacity</c> to completion (killed after <paramref name="limit"/>, a safety net against a hang).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string workingDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? limit = null)
    {
        using var process = Process.Start(StartInfo(workingDirectory, arguments, environment))
            ?? throw new InvalidOperationException("dotnet did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"capacity {string.Join(' ', arguments)} was killed after {limit}:\n{await output}\n{await error}");
        }

        return (process.ExitCode, await output, await error);
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
}
