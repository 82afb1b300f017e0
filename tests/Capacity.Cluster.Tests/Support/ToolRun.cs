using System.Diagnostics;
using System.Text;

namespace Capacity.Cluster.Tests.Support;

/// <summary>Runs a PostgreSQL tool (initdb, pg_ctl) to completion and fails with its output when it fails.</summary>
internal static class ToolRun
{
    /// <summary>
    /// Runs <paramref name="program"/>; as root through <c>runuser -u postgres --</c>, because initdb and postgres
    /// refuse to run as root (unless <paramref name="asPostgres"/> is false). Throws with the whole output on a non-zero exit.
    /// </summary>
    public static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, TimeSpan limit, bool asPostgres = true)
    {
        var switchUser = asPostgres && PrivatePostgres.RunningAsRoot;
        var start = new ProcessStartInfo(switchUser ? "runuser" : program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (switchUser)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var commandLine = $"{start.FileName} {string.Join(' ', start.ArgumentList)}";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{commandLine} did not start.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{commandLine} did not finish within {limit.TotalSeconds} s.");
        }

        var output = $"{await stdout}{await stderr}";
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"{commandLine} exited with {process.ExitCode}:\n{output}");
    }
}
